/*
 * static-server: a tiny HTTP server for an image with no shell at all.
 * GET /health answers JSON; SIGTERM or SIGINT stop it with exit status 0.
 * Logs go to stdout, one line per event, flushed at once (stdout is a pipe under Docker).
 */
#define _GNU_SOURCE /* ppoll */
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static volatile sig_atomic_t stop_signal;

static void on_stop(int sig) { stop_signal = sig; }

static int port_from_env(void) {
    const char *text = getenv("PORT");
    if (text == NULL || *text == '\0') return 8080;
    char *end;
    long port = strtol(text, &end, 10);
    if (*end != '\0' || port < 1 || port > 65535) return -1;
    return (int)port;
}

static void reply(int client, const char *status, const char *body) {
    char head[256];
    int n = snprintf(head, sizeof head,
                     "HTTP/1.1 %s\r\nContent-Type: application/json\r\n"
                     "Content-Length: %zu\r\nConnection: close\r\nServer: static-server\r\n\r\n",
                     status, strlen(body));
    if (write(client, head, (size_t)n) == n) (void)!write(client, body, strlen(body));
}

/* Reads the request head (up to 4 KiB, 2 s) and answers it. */
static void serve(int client) {
    struct timeval timeout = {.tv_sec = 2};
    setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    char request[4096];
    size_t used = 0;
    while (used < sizeof request - 1) {
        ssize_t n = read(client, request + used, sizeof request - 1 - used);
        if (n <= 0) break;
        used += (size_t)n;
        request[used] = '\0';
        if (strstr(request, "\r\n\r\n") != NULL) break;
    }
    request[used] = '\0';

    char method[8] = "", path[256] = "";
    if (sscanf(request, "%7s %255s", method, path) != 2) {
        reply(client, "400 Bad Request", "{\"error\":\"bad request\"}\n");
        printf("- - 400\n");
        return;
    }
    const char *status = "200 OK";
    if (strcmp(method, "GET") != 0) {
        status = "405 Method Not Allowed";
        reply(client, status, "{\"error\":\"method not allowed\"}\n");
    } else if (strcmp(path, "/health") == 0) {
        reply(client, status, "{\"status\":\"ok\",\"server\":\"static\"}\n");
    } else {
        status = "404 Not Found";
        reply(client, status, "{\"error\":\"not found\"}\n");
    }
    printf("%s %s %.3s\n", method, path, status);
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    int port = port_from_env();
    if (port < 0) {
        fprintf(stderr, "static: PORT must be a number from 1 to 65535\n");
        return 2;
    }

    /* Stop signals stay blocked except inside ppoll, so none is lost between checks. */
    sigset_t stops, waiting;
    sigemptyset(&stops);
    sigaddset(&stops, SIGTERM);
    sigaddset(&stops, SIGINT);
    sigprocmask(SIG_BLOCK, &stops, &waiting);
    struct sigaction action = {.sa_handler = on_stop};
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGINT, &action, NULL);
    signal(SIGPIPE, SIG_IGN);

    int server = socket(AF_INET, SOCK_STREAM, 0);
    int yes = 1;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    struct sockaddr_in address = {
        .sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr.s_addr = htonl(INADDR_ANY)};
    if (server < 0 || bind(server, (struct sockaddr *)&address, sizeof address) != 0 || listen(server, 64) != 0) {
        fprintf(stderr, "static: cannot listen on port %d: %s\n", port, strerror(errno));
        return 1;
    }
    printf("static listening on port %d\n", port);

    struct pollfd ready = {.fd = server, .events = POLLIN};
    while (!stop_signal) {
        if (ppoll(&ready, 1, NULL, &waiting) <= 0) continue;
        int client = accept(server, NULL, NULL);
        if (client < 0) continue;
        serve(client);
        close(client);
    }
    printf("static stopped on signal %d\n", (int)stop_signal);
    return 0;
}
