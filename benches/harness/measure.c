/*
 * measure OUT CMD [ARGS...]: run CMD, then write its peak resident set (KiB) and its
 * wall-clock seconds (from fork to exit, on the monotonic clock) to the file OUT,
 * and exit with CMD's status.
 *
 * The benchmark harness is a Python process; a child forked from it starts with the
 * harness's memory counted in its peak RSS (the pre-exec image is included in
 * ru_maxrss). This launcher is tiny, so the figure it reports is the program's own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: measure OUT CMD [ARGS...]\n");
        return 2;
    }
    double start = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) {
        perror("wait4");
        return 2;
    }
    double elapsed = now() - start;
    FILE *out = fopen(argv[1], "w");
    if (out) {
        fprintf(out, "%ld %.6f\n", usage.ru_maxrss, elapsed);
        fclose(out);
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
