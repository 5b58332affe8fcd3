package dev.plimsoll.grammar.ast;

/**
 * A property of a file in the image's filesystem.
 */
public sealed interface FileProperty extends Node
        permits Exists, Absent, IsDirectory, IsRegularFile, IsSymlink, OwnedBy, HasMode, Content, IsSocket {}
