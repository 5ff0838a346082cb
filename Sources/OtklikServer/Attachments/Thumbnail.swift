import CThumbnail
import Foundation

/// A photo's thumbnail for the card (issue 8): a JPEG of at most `maxSide` pixels a side, made from a JPEG or
/// PNG by Debian's libjpeg-turbo and libpng (`CThumbnail`) and turned as the photo's EXIF says. It is a new
/// image encoded from the decoded pixels, so nothing of the sent file but its picture reaches the page.
enum Thumbnail {
    static let maxSide = 320
    /// Larger images are refused before decoding: a small file can claim a huge picture.
    static let maxPixels: UInt = 50_000_000

    /// The types a thumbnail is made of.
    static let sources: Set<String> = ["image/jpeg", "image/png"]

    /// The thumbnail of `data`; nil when it is not a JPEG or PNG that decodes.
    static func jpeg(of data: Data, maxSide: Int = maxSide) -> Data? {
        data.withUnsafeBytes { raw -> Data? in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return nil }
            var out: UnsafeMutablePointer<UInt8>?
            var size: UInt = 0
            var width: Int32 = 0
            var height: Int32 = 0
            guard otk_thumbnail(base, raw.count, Int32(maxSide), maxPixels, &out, &size, &width, &height) == 0, let out else { return nil }
            defer { otk_thumbnail_free(out) }
            return Data(bytes: out, count: Int(size))
        }
    }
}
