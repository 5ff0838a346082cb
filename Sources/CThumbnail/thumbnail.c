/* Thumbnails of photos with Debian's libjpeg-turbo and libpng. libjpeg reports errors by calling a function
   that must not return, so its calls live here in C, behind setjmp, and never in Swift. */
#include "thumbnail.h"

#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>

/* An RGB image, three bytes a pixel, rows without padding. */
struct rgb {
    unsigned char *pixels;
    int width;
    int height;
};

struct jump_error {
    struct jpeg_error_mgr base;
    jmp_buf jump;
};

static void jump_out(j_common_ptr info) {
    struct jump_error *error = (struct jump_error *)info->err;
    longjmp(error->jump, 1);
}

/* Warnings of a damaged file are not printed: a thumbnail of what decodes is good enough. */
static void stay_quiet(j_common_ptr info) { (void)info; }

static unsigned read16(const unsigned char *p, int little) { return little ? (unsigned)(p[0] | p[1] << 8) : (unsigned)(p[0] << 8 | p[1]); }

static unsigned long read32(const unsigned char *p, int little) {
    return little ? ((unsigned long)p[0] | (unsigned long)p[1] << 8 | (unsigned long)p[2] << 16 | (unsigned long)p[3] << 24)
                  : ((unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | (unsigned long)p[3]);
}

/* The EXIF orientation (1-8) in an APP1 marker's data, 1 when there is none: IFD0's tag 0x0112 (TIFF 6.0). */
static int exif_orientation(const unsigned char *data, unsigned length) {
    if (length < 14 || memcmp(data, "Exif\0\0", 6) != 0) return 1;
    const unsigned char *tiff = data + 6;
    unsigned long size = length - 6;
    int little = tiff[0] == 'I' && tiff[1] == 'I';
    if (!little && !(tiff[0] == 'M' && tiff[1] == 'M')) return 1;
    unsigned long ifd = read32(tiff + 4, little);
    if (ifd + 2 > size) return 1;
    unsigned count = read16(tiff + ifd, little);
    for (unsigned index = 0; index < count; index++) {
        unsigned long entry = ifd + 2 + 12ul * index;
        if (entry + 12 > size) return 1;
        if (read16(tiff + entry, little) == 0x0112) {
            unsigned value = read16(tiff + entry + 8, little);
            return value >= 1 && value <= 8 ? (int)value : 1;
        }
    }
    return 1;
}

/* Decodes a JPEG scaled down by the largest power of two (to 1/8, libjpeg's DCT scaling) that keeps its longer
   side at least `max_side`, so a 12-megapixel photo is decoded at 1/8 of its pixels. */
static int decode_jpeg(const unsigned char *data, size_t size, int max_side, unsigned long max_pixels, struct rgb *image, int *orientation) {
    struct jpeg_decompress_struct info;
    struct jump_error error;
    unsigned char *volatile pixels = NULL;
    info.err = jpeg_std_error(&error.base);
    error.base.error_exit = jump_out;
    error.base.output_message = stay_quiet;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&info);
        free(pixels);
        return OTK_THUMBNAIL_UNREADABLE;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, (unsigned long)size);
    jpeg_save_markers(&info, JPEG_APP0 + 1, 0xFFFF);
    jpeg_read_header(&info, TRUE);
    if ((unsigned long)info.image_width * info.image_height > max_pixels) {
        jpeg_destroy_decompress(&info);
        return OTK_THUMBNAIL_TOO_LARGE;
    }
    *orientation = 1;
    for (jpeg_saved_marker_ptr marker = info.marker_list; marker; marker = marker->next) {
        /* APP1 holds XMP too; the orientation is in the one that begins «Exif». */
        if (marker->marker == JPEG_APP0 + 1 && marker->data_length >= 6 && memcmp(marker->data, "Exif\0\0", 6) == 0) {
            *orientation = exif_orientation(marker->data, marker->data_length);
            break;
        }
    }
    unsigned longer = info.image_width > info.image_height ? info.image_width : info.image_height;
    unsigned denominator = 1;
    while (denominator < 8 && longer / (denominator * 2) >= (unsigned)max_side) denominator *= 2;
    info.scale_num = 1;
    info.scale_denom = denominator;
    info.out_color_space = JCS_RGB;
    jpeg_start_decompress(&info);
    size_t stride = (size_t)info.output_width * 3;
    pixels = malloc(stride * info.output_height);
    if (!pixels) {
        jpeg_destroy_decompress(&info);
        return OTK_THUMBNAIL_NO_MEMORY;
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = pixels + stride * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    image->pixels = pixels;
    image->width = (int)info.output_width;
    image->height = (int)info.output_height;
    jpeg_destroy_decompress(&info);
    return 0;
}

/* Decodes a PNG with libpng's simplified API (no setjmp of ours), transparency laid on white. */
static int decode_png(const unsigned char *data, size_t size, unsigned long max_pixels, struct rgb *image) {
    png_image png;
    memset(&png, 0, sizeof png);
    png.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&png, data, size)) return OTK_THUMBNAIL_UNREADABLE;
    if ((unsigned long)png.width * png.height > max_pixels) {
        png_image_free(&png);
        return OTK_THUMBNAIL_TOO_LARGE;
    }
    png.format = PNG_FORMAT_RGB;
    unsigned char *pixels = malloc(PNG_IMAGE_SIZE(png));
    if (!pixels) {
        png_image_free(&png);
        return OTK_THUMBNAIL_NO_MEMORY;
    }
    png_color white = {255, 255, 255};
    if (!png_image_finish_read(&png, &white, pixels, 0, NULL)) {
        free(pixels);
        png_image_free(&png);
        return OTK_THUMBNAIL_UNREADABLE;
    }
    image->pixels = pixels;
    image->width = (int)png.width;
    image->height = (int)png.height;
    return 0;
}

/* Shrinks to fit `max_side` by averaging each output pixel's box of input pixels, then turns the result as the
   EXIF orientation says (2-8: mirrored, 180°, flipped, transposed, 90° clockwise, transversed, 270°). */
static int shrink(const struct rgb *in, int max_side, int orientation, struct rgb *out) {
    int longer = in->width > in->height ? in->width : in->height;
    int width = in->width, height = in->height;
    if (longer > max_side) {
        width = (int)((long)in->width * max_side / longer);
        height = (int)((long)in->height * max_side / longer);
        if (width < 1) width = 1;
        if (height < 1) height = 1;
    }
    unsigned char *small = malloc((size_t)width * height * 3);
    if (!small) return OTK_THUMBNAIL_NO_MEMORY;
    for (int y = 0; y < height; y++) {
        int top = (int)((long)y * in->height / height), bottom = (int)((long)(y + 1) * in->height / height);
        if (bottom <= top) bottom = top + 1;
        for (int x = 0; x < width; x++) {
            int left = (int)((long)x * in->width / width), right = (int)((long)(x + 1) * in->width / width);
            if (right <= left) right = left + 1;
            unsigned long sum[3] = {0, 0, 0};
            for (int sy = top; sy < bottom; sy++) {
                const unsigned char *row = in->pixels + ((size_t)sy * in->width + left) * 3;
                for (int sx = left; sx < right; sx++, row += 3) {
                    sum[0] += row[0];
                    sum[1] += row[1];
                    sum[2] += row[2];
                }
            }
            unsigned long area = (unsigned long)(bottom - top) * (right - left);
            unsigned char *pixel = small + ((size_t)y * width + x) * 3;
            for (int channel = 0; channel < 3; channel++) pixel[channel] = (unsigned char)((sum[channel] + area / 2) / area);
        }
    }
    int turned = orientation >= 5;
    out->width = turned ? height : width;
    out->height = turned ? width : height;
    if (orientation <= 1) {
        out->pixels = small;
        return 0;
    }
    out->pixels = malloc((size_t)width * height * 3);
    if (!out->pixels) {
        free(small);
        return OTK_THUMBNAIL_NO_MEMORY;
    }
    for (int y = 0; y < out->height; y++) {
        for (int x = 0; x < out->width; x++) {
            int sx = x, sy = y;
            switch (orientation) {
            case 2: sx = width - 1 - x; break;
            case 3: sx = width - 1 - x; sy = height - 1 - y; break;
            case 4: sy = height - 1 - y; break;
            case 5: sx = y; sy = x; break;
            case 6: sx = y; sy = height - 1 - x; break;
            case 7: sx = width - 1 - y; sy = height - 1 - x; break;
            case 8: sx = width - 1 - y; sy = x; break;
            }
            memcpy(out->pixels + ((size_t)y * out->width + x) * 3, small + ((size_t)sy * width + sx) * 3, 3);
        }
    }
    free(small);
    return 0;
}

static int encode_jpeg(const struct rgb *image, unsigned char **out, unsigned long *out_size) {
    struct jpeg_compress_struct info;
    struct jump_error error;
    unsigned char *buffer = NULL;
    unsigned long size = 0;
    info.err = jpeg_std_error(&error.base);
    error.base.error_exit = jump_out;
    error.base.output_message = stay_quiet;
    if (setjmp(error.jump)) {
        jpeg_destroy_compress(&info);
        return OTK_THUMBNAIL_NO_MEMORY;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = (JDIMENSION)image->width;
    info.image_height = (JDIMENSION)image->height;
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, 82, TRUE);
    jpeg_start_compress(&info, TRUE);
    size_t stride = (size_t)image->width * 3;
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = image->pixels + stride * info.next_scanline;
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    *out = buffer;
    *out_size = size;
    return 0;
}

int otk_thumbnail(const unsigned char *data, size_t size, int max_side, unsigned long max_pixels,
                  unsigned char **out, unsigned long *out_size, int *width, int *height) {
    struct rgb image = {NULL, 0, 0}, small = {NULL, 0, 0};
    int orientation = 1, status;
    if (max_side < 1) return OTK_THUMBNAIL_NOT_AN_IMAGE;
    if (size >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) {
        status = decode_jpeg(data, size, max_side, max_pixels, &image, &orientation);
    } else if (size >= 8 && memcmp(data, "\x89PNG\r\n\x1a\n", 8) == 0) {
        status = decode_png(data, size, max_pixels, &image);
    } else {
        return OTK_THUMBNAIL_NOT_AN_IMAGE;
    }
    if (status != 0) return status;
    status = shrink(&image, max_side, orientation, &small);
    free(image.pixels);
    if (status != 0) return status;
    status = encode_jpeg(&small, out, out_size);
    *width = small.width;
    *height = small.height;
    free(small.pixels);
    return status;
}

void otk_thumbnail_free(unsigned char *buffer) { free(buffer); }
