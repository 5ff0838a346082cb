import Foundation
import Testing

@testable import OtklikServer

@Suite("Thumbnails: a JPEG of at most 320 pixels a side from a JPEG or PNG, turned as its EXIF says; anything else gives none")
struct ThumbnailTests {
    /// A 1000 × 500 picture: red on the left half, blue on the right.
    let wide = TestImages.png(width: 1_000, height: 500) { x, _ in x < 500 ? (220, 30, 30) : (30, 30, 220) }

    @Test("a 1000×500 PNG becomes a 320×160 JPEG; a picture already small keeps its size")
    func fitsTheLongerSide() throws {
        let thumbnail = try #require(Thumbnail.jpeg(of: wide))
        #expect(thumbnail.prefix(3) == Data([0xFF, 0xD8, 0xFF]))
        #expect(TestImages.jpegSize(thumbnail).map { [$0.width, $0.height] } == [320, 160])
        let small = try #require(Thumbnail.jpeg(of: TestImages.png(width: 40, height: 30) { _, _ in (0, 128, 0) }))
        #expect(TestImages.jpegSize(small).map { [$0.width, $0.height] } == [40, 30])
    }

    @Test("a JPEG is read too, and EXIF orientation 6 (taken with the phone turned) stands it upright: 320×160 becomes 160×320")
    func orientation() throws {
        let jpeg = try #require(Thumbnail.jpeg(of: wide))
        let again = try #require(Thumbnail.jpeg(of: jpeg))
        #expect(TestImages.jpegSize(again).map { [$0.width, $0.height] } == [320, 160])
        for (orientation, size) in [(1, [320, 160]), (3, [320, 160]), (6, [160, 320]), (8, [160, 320])] {
            let turned = try #require(Thumbnail.jpeg(of: TestImages.withOrientation(UInt16(orientation), jpeg)))
            #expect(TestImages.jpegSize(turned).map { [$0.width, $0.height] } == size, "orientation \(orientation)")
        }
    }

    @Test("a picture claiming more than 50 million pixels is refused before it is decoded")
    func decompressionBomb() {
        #expect(Thumbnail.jpeg(of: TestImages.claimingPNG(width: 100_000, height: 100_000)) == nil)
    }

    @Test("not an image, a JPEG start followed by garbage and a PNG cut short give no thumbnail, and nothing crashes")
    func brokenFiles() {
        #expect(Thumbnail.jpeg(of: Data("%PDF-1.7 not a picture".utf8)) == nil)
        #expect(Thumbnail.jpeg(of: Data([0xFF, 0xD8, 0xFF, 0x00, 0x13, 0x37]) + Data(repeating: 0xAB, count: 64)) == nil)
        #expect(Thumbnail.jpeg(of: wide.prefix(60)) == nil)
        #expect(Thumbnail.jpeg(of: Data()) == nil)
    }
}
