import Foundation
import OtklikCore
import Testing

@Suite("Attachments: the type read from the file's first bytes, not from its name; programs, pages and oversized files are not kept")
struct AttachmentPolicyTests {
    func type(_ bytes: [UInt8], _ declared: String) -> String? { AttachmentPolicy.contentType(of: Data(bytes), declared: declared) }

    @Test("photos, PDF and office files are known by their signatures; a declared type decides only within one container")
    func signatures() {
        #expect(type([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "application/octet-stream") == "image/jpeg")
        #expect(type([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0], "image/jpeg") == "image/png")
        #expect(type(Array("%PDF-1.7\n".utf8), "application/pdf") == "application/pdf")
        #expect(type(Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8), "image/webp") == "image/webp")
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0]
        #expect(type(zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        #expect(type(zip, "application/zip") == nil)
        #expect(type(Array("Трубу прорвало".utf8), "text/plain") == "text/plain")
    }

    @Test("a program named as a photo, a web page, a text with NUL bytes are refused, and so are an oversized file and the eleventh")
    func refusals() {
        #expect(type(Array("MZ\u{90}\u{0}".utf8), "image/jpeg") == nil)
        #expect(type(Array("<html><script>alert(1)</script>".utf8), "text/html") == nil)
        #expect(type([0x41, 0x00, 0x42], "text/plain") == nil)
        #expect(AttachmentPolicy.refusal(size: AttachmentPolicy.maxBytes + 1, contentType: "image/png", index: 0) == "больше 10 МБ")
        #expect(AttachmentPolicy.refusal(size: 10, contentType: "image/png", index: AttachmentPolicy.maxFiles) == "больше 10 вложений")
        #expect(AttachmentPolicy.refusal(size: 10, contentType: nil, index: 0) == "тип файла не принимается")
        #expect(AttachmentPolicy.refusal(size: 10, contentType: "image/png", index: 0) == nil)
    }
}
