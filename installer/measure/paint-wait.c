/*
 * paint-wait: how long after a launch the X display shows a painted window.
 *
 *   paint-wait START_NS TIMEOUT_MS
 *
 * Polls the root window of $DISPLAY every 10 ms and prints two figures in milliseconds since
 * START_NS (nanoseconds since the epoch, taken just before the program was started):
 *   mapped=<ms>   the first grab that is not the empty root (a window, even a blank one); the
 *                 display must show an empty root when it starts (Xvfb -br)
 *   painted=<ms>  the first grab with at least PAINTED_COLOURS distinct colours (text drawn:
 *                 a blank fill has one or two, anti-aliased text has dozens)
 * Exits 1 if nothing was painted before the timeout. ImageMagick's `import` takes about 150 ms a
 * grab on the 2-core test machine, too coarse for differences of a few hundred milliseconds and
 * itself a load on the machine being measured; XGetImage here takes a few milliseconds.
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PAINTED_COLOURS 24
#define POLL_NS 10000000L

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (long long) t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* Distinct colours in the image, counting no further than limit. */
static int colours(XImage *image, unsigned char *seen, int limit) {
    int count = 0;
    memset(seen, 0, 1 << 21);
    for (int y = 0; y < image->height; y += 1) {
        for (int x = 0; x < image->width; x += 1) {
            unsigned long p = XGetPixel(image, x, y) & 0xFFFFFF;
            if (!(seen[p >> 3] & (1 << (p & 7)))) {
                seen[p >> 3] |= 1 << (p & 7);
                if (++count >= limit) {
                    return count;
                }
            }
        }
    }
    return count;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: paint-wait START_NS TIMEOUT_MS\n");
        return 2;
    }
    long long start = atoll(argv[1]);
    long long deadline = start + atoll(argv[2]) * 1000000LL;
    Display *display = XOpenDisplay(NULL);
    if (display == NULL) {
        fprintf(stderr, "paint-wait: cannot open the display\n");
        return 2;
    }
    Window root = DefaultRootWindow(display);
    XWindowAttributes attributes;
    XGetWindowAttributes(display, root, &attributes);
    unsigned char *seen = malloc(1 << 21);
    long long mapped = -1;
    long first = -1;
    while (now_ns() < deadline) {
        XImage *image = XGetImage(display, root, 0, 0, attributes.width, attributes.height, AllPlanes, ZPixmap);
        long long at = now_ns();
        int n = colours(image, seen, PAINTED_COLOURS);
        long corner = (long) (XGetPixel(image, 0, 0) & 0xFFFFFF);
        XDestroyImage(image);
        if (first < 0) {
            first = corner;
        }
        /* A window as large as the screen hides the root entirely: one colour, but not the root's. */
        if ((n > 1 || corner != first) && mapped < 0) {
            mapped = at;
        }
        if (n >= PAINTED_COLOURS) {
            printf("mapped=%lld painted=%lld\n", (mapped - start) / 1000000LL, (at - start) / 1000000LL);
            return 0;
        }
        struct timespec pause = {0, POLL_NS};
        nanosleep(&pause, NULL);
    }
    printf("mapped=%lld painted=-1\n", mapped < 0 ? -1 : (mapped - start) / 1000000LL);
    return 1;
}
