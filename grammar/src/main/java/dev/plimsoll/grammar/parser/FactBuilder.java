package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.Absent;
import dev.plimsoll.grammar.ast.CmdFact;
import dev.plimsoll.grammar.ast.Content;
import dev.plimsoll.grammar.ast.EntrypointFact;
import dev.plimsoll.grammar.ast.EnvFact;
import dev.plimsoll.grammar.ast.Exists;
import dev.plimsoll.grammar.ast.ExposedPortFact;
import dev.plimsoll.grammar.ast.FileCheck;
import dev.plimsoll.grammar.ast.FileProperty;
import dev.plimsoll.grammar.ast.HasMode;
import dev.plimsoll.grammar.ast.HealthcheckFact;
import dev.plimsoll.grammar.ast.ImageFact;
import dev.plimsoll.grammar.ast.ImageFacts;
import dev.plimsoll.grammar.ast.IsDirectory;
import dev.plimsoll.grammar.ast.IsRegularFile;
import dev.plimsoll.grammar.ast.IsSocket;
import dev.plimsoll.grammar.ast.IsSymlink;
import dev.plimsoll.grammar.ast.LabelFact;
import dev.plimsoll.grammar.ast.OwnedBy;
import dev.plimsoll.grammar.ast.Principal;
import dev.plimsoll.grammar.ast.SizeBelowFact;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.StopSignalFact;
import dev.plimsoll.grammar.ast.UserFact;
import dev.plimsoll.grammar.ast.VolumeFact;
import dev.plimsoll.grammar.ast.WorkdirFact;
import dev.plimsoll.grammar.parser.ContractParser.*;
import java.util.Optional;

/** Image facts ({@code image has { ... }}) and file checks. */
final class FactBuilder extends ContractBaseVisitor<ImageFact> {
    private final Terms terms;

    FactBuilder(Terms terms) {
        this.terms = terms;
    }

    ImageFacts imageFacts(ImageFactsContext ctx) {
        return new ImageFacts(ctx.imageFact().stream().map(this::visit).toList(), Spans.of(ctx));
    }

    FileCheck fileCheck(FileCheckContext ctx) {
        return new FileCheck(
                terms.text(ctx.string()),
                ctx.fileProperty().stream().map(this::property).toList(),
                Spans.of(ctx));
    }

    @Override
    public ImageFact visitUserFact(UserFactContext ctx) {
        return new UserFact(terms.text(ctx.string()), Spans.of(ctx));
    }

    @Override
    public ImageFact visitExposedPortFact(ExposedPortFactContext ctx) {
        return new ExposedPortFact(terms.port(ctx.port()), Spans.of(ctx));
    }

    @Override
    public ImageFact visitVolumeFact(VolumeFactContext ctx) {
        return new VolumeFact(terms.text(ctx.string()), Spans.of(ctx));
    }

    @Override
    public ImageFact visitEnvFact(EnvFactContext ctx) {
        return new EnvFact(
                terms.name(ctx.name()), Optional.ofNullable(ctx.textMatch()).map(terms::textMatch), Spans.of(ctx));
    }

    @Override
    public ImageFact visitLabelFact(LabelFactContext ctx) {
        return new LabelFact(
                terms.text(ctx.string()), Optional.ofNullable(ctx.textMatch()).map(terms::textMatch), Spans.of(ctx));
    }

    @Override
    public ImageFact visitHealthcheckFact(HealthcheckFactContext ctx) {
        return new HealthcheckFact(Spans.of(ctx));
    }

    @Override
    public ImageFact visitStopSignalFact(StopSignalFactContext ctx) {
        return new StopSignalFact(terms.signal(ctx.signal()), Spans.of(ctx));
    }

    @Override
    public ImageFact visitWorkdirFact(WorkdirFactContext ctx) {
        return new WorkdirFact(terms.text(ctx.string()), Spans.of(ctx));
    }

    @Override
    public ImageFact visitEntrypointFact(EntrypointFactContext ctx) {
        return new EntrypointFact(terms.argv(ctx.argv()), Spans.of(ctx));
    }

    @Override
    public ImageFact visitCmdFact(CmdFactContext ctx) {
        return new CmdFact(terms.argv(ctx.argv()), Spans.of(ctx));
    }

    @Override
    public ImageFact visitSizeBelowFact(SizeBelowFactContext ctx) {
        return new SizeBelowFact(terms.size(ctx.size()), Spans.of(ctx));
    }

    private FileProperty kind(FileKindContext ctx, Span span) {
        if (ctx instanceof DirectoryKindContext) {
            return new IsDirectory(span);
        }
        if (ctx instanceof RegularFileKindContext) {
            return new IsRegularFile(span);
        }
        if (ctx instanceof SocketKindContext) {
            return new IsSocket(span);
        }
        SymlinkKindContext symlink = (SymlinkKindContext) ctx;
        return new IsSymlink(Optional.ofNullable(symlink.string()).map(terms::text), span);
    }

    FileProperty property(FilePropertyContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx instanceof ExistsPropertyContext) {
            return new Exists(span);
        }
        if (ctx instanceof AbsentPropertyContext) {
            return new Absent(span);
        }
        if (ctx instanceof KindPropertyContext kind) {
            return kind(kind.fileKind(), span);
        }
        if (ctx instanceof OwnerPropertyContext owner) {
            Principal[] principals = terms.values.owner(terms.text(owner.string()));
            Optional<Principal> group = principals.length > 1 ? Optional.of(principals[1]) : Optional.empty();
            return new OwnedBy(principals[0], group, span);
        }
        if (ctx instanceof ModePropertyContext mode) {
            return new HasMode(terms.values.mode(mode.INT().getSymbol()), span);
        }
        return new Content(terms.textMatch(((ContentPropertyContext) ctx).textMatch()), span);
    }
}
