#ifndef OTKLIK_THUMBNAIL_H
#define OTKLIK_THUMBNAIL_H

#include <stddef.h>

/* What otk_thumbnail returns besides 0 (a thumbnail made). */
enum otk_thumbnail_status {
    OTK_THUMBNAIL_NOT_AN_IMAGE = -1, /* neither JPEG nor PNG */
    OTK_THUMBNAIL_UNREADABLE = -2,   /* a JPEG or PNG that does not decode */
    OTK_THUMBNAIL_TOO_LARGE = -3,    /* more pixels than allowed: not decoded at all */
    OTK_THUMBNAIL_NO_MEMORY = -4
};

/* A JPEG thumbnail of a JPEG or PNG image: at most `max_side` pixels on its longer side, turned as the
   JPEG's EXIF orientation says, transparency laid on white. An image of more than `max_pixels` pixels is
   refused before it is decoded. On success *out holds the thumbnail (free it with otk_thumbnail_free),
   *out_size its length and *width, *height its size. */
int otk_thumbnail(const unsigned char *data, size_t size, int max_side, unsigned long max_pixels,
                  unsigned char **out, unsigned long *out_size, int *width, int *height);

void otk_thumbnail_free(unsigned char *buffer);

#endif
