/* A fault-injecting shim for tests (LD_PRELOAD): files under MIGRADESK_FAULT_DIR behave as on
 * a failing disk. MIGRADESK_FAULT says how:
 *   EIO     every read and write of such a file fails with EIO (a failing disk or pendrive)
 *   ENOSPC  every write, growth or new directory fails with ENOSPC (a full disk)
 *   EROFS   opening for writing, creating, renaming or removing fails with EROFS (read-only)
 * Used where the machine cannot mount a small filesystem, and for I/O errors, which no
 * filesystem made by a test can produce on demand. Built by tests/storage/faultfs.py. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_FD 65536
static char tracked[MAX_FD];

static const char *fault_dir(void) { return getenv("MIGRADESK_FAULT_DIR"); }

static int fault_is(const char *name) {
    const char *fault = getenv("MIGRADESK_FAULT");
    return fault && strcmp(fault, name) == 0;
}

static int under(const char *path) {
    const char *dir = fault_dir();
    if (!dir || !path) return 0;
    size_t n = strlen(dir);
    return strncmp(path, dir, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

static int is_tracked(int fd) { return fd >= 0 && fd < MAX_FD && tracked[fd]; }

static int refuse(int err) {
    errno = err;
    return -1;
}

#define REAL(type, name, ...) \
    static type (*real)(__VA_ARGS__) = 0; \
    if (!real) real = (type (*)(__VA_ARGS__))dlsym(RTLD_NEXT, name)

static int opened(const char *path, int flags, int fd) {
    if (fd >= 0 && fd < MAX_FD) tracked[fd] = (char)under(path);
    return fd;
}

static int writes(int flags) { return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC)) != 0; }

#define OPEN_BODY(realname)                                                  \
    mode_t mode = 0;                                                         \
    if (flags & (O_CREAT | O_TMPFILE)) {                                     \
        va_list args;                                                        \
        va_start(args, flags);                                               \
        mode = va_arg(args, mode_t);                                         \
        va_end(args);                                                        \
    }                                                                        \
    if (under(path) && fault_is("EROFS") && writes(flags)) return refuse(EROFS);

int open(const char *path, int flags, ...) {
    OPEN_BODY("open")
    REAL(int, "open", const char *, int, ...);
    return opened(path, flags, real(path, flags, mode));
}

int open64(const char *path, int flags, ...) {
    OPEN_BODY("open64")
    REAL(int, "open64", const char *, int, ...);
    return opened(path, flags, real(path, flags, mode));
}

int openat(int dirfd, const char *path, int flags, ...) {
    OPEN_BODY("openat")
    REAL(int, "openat", int, const char *, int, ...);
    return opened(path, flags, real(dirfd, path, flags, mode));
}

int openat64(int dirfd, const char *path, int flags, ...) {
    OPEN_BODY("openat64")
    REAL(int, "openat64", int, const char *, int, ...);
    return opened(path, flags, real(dirfd, path, flags, mode));
}

int close(int fd) {
    REAL(int, "close", int);
    if (fd >= 0 && fd < MAX_FD) tracked[fd] = 0;
    return real(fd);
}

static int read_fails(int fd) { return is_tracked(fd) && fault_is("EIO"); }

static int write_fails(int fd) {
    return is_tracked(fd) && (fault_is("EIO") || fault_is("ENOSPC"));
}

static int write_errno(void) { return fault_is("EIO") ? EIO : ENOSPC; }

ssize_t read(int fd, void *buf, size_t n) {
    REAL(ssize_t, "read", int, void *, size_t);
    if (read_fails(fd)) return refuse(EIO);
    return real(fd, buf, n);
}

ssize_t pread(int fd, void *buf, size_t n, off_t at) {
    REAL(ssize_t, "pread", int, void *, size_t, off_t);
    if (read_fails(fd)) return refuse(EIO);
    return real(fd, buf, n, at);
}

ssize_t pread64(int fd, void *buf, size_t n, off_t at) {
    REAL(ssize_t, "pread64", int, void *, size_t, off_t);
    if (read_fails(fd)) return refuse(EIO);
    return real(fd, buf, n, at);
}

ssize_t write(int fd, const void *buf, size_t n) {
    REAL(ssize_t, "write", int, const void *, size_t);
    if (write_fails(fd)) return refuse(write_errno());
    return real(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t at) {
    REAL(ssize_t, "pwrite", int, const void *, size_t, off_t);
    if (write_fails(fd)) return refuse(write_errno());
    return real(fd, buf, n, at);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t at) {
    REAL(ssize_t, "pwrite64", int, const void *, size_t, off_t);
    if (write_fails(fd)) return refuse(write_errno());
    return real(fd, buf, n, at);
}

int ftruncate(int fd, off_t size) {
    REAL(int, "ftruncate", int, off_t);
    if (write_fails(fd)) return refuse(write_errno());
    return real(fd, size);
}

int ftruncate64(int fd, off_t size) {
    REAL(int, "ftruncate64", int, off_t);
    if (write_fails(fd)) return refuse(write_errno());
    return real(fd, size);
}

int fallocate(int fd, int mode, off_t at, off_t n) {
    REAL(int, "fallocate", int, int, off_t, off_t);
    if (write_fails(fd)) return refuse(write_errno());
    return real(fd, mode, at, n);
}

int posix_fallocate(int fd, off_t at, off_t n) {
    REAL(int, "posix_fallocate", int, off_t, off_t);
    if (write_fails(fd)) return write_errno();
    return real(fd, at, n);
}

int fsync(int fd) {
    REAL(int, "fsync", int);
    if (write_fails(fd)) return refuse(write_errno());
    return real(fd);
}

int fdatasync(int fd) {
    REAL(int, "fdatasync", int);
    if (write_fails(fd)) return refuse(write_errno());
    return real(fd);
}

static int changes_fail(const char *path) {
    return under(path) && (fault_is("EROFS") || fault_is("ENOSPC"));
}

int mkdir(const char *path, mode_t mode) {
    REAL(int, "mkdir", const char *, mode_t);
    if (changes_fail(path)) return refuse(fault_is("EROFS") ? EROFS : ENOSPC);
    return real(path, mode);
}

int rename(const char *from, const char *to) {
    REAL(int, "rename", const char *, const char *);
    if (under(from) && fault_is("EROFS")) return refuse(EROFS);
    return real(from, to);
}

int unlink(const char *path) {
    REAL(int, "unlink", const char *);
    if (under(path) && fault_is("EROFS")) return refuse(EROFS);
    return real(path);
}

/* What the disk says about itself: full (no free blocks) or read-only, as the fault says. */
#define AS_FAULTY(path, info)                                          \
    if (under(path) && fault_is("ENOSPC")) info->f_bfree = info->f_bavail = 0; \
    if (under(path) && fault_is("EROFS")) info->f_flag |= ST_RDONLY;

int statvfs(const char *path, struct statvfs *info) {
    REAL(int, "statvfs", const char *, struct statvfs *);
    int done = real(path, info);
    if (done == 0) { AS_FAULTY(path, info) }
    return done;
}

int statvfs64(const char *path, struct statvfs64 *info) {
    REAL(int, "statvfs64", const char *, struct statvfs64 *);
    int done = real(path, info);
    if (done == 0) { AS_FAULTY(path, info) }
    return done;
}
