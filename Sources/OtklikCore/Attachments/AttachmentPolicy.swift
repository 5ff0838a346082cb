import Foundation

/// Which files an item keeps as attachments of its own (issue 8: «stored with size and type limits,
/// virus-safe handling»): photos, PDF, office documents and plain text, each at most `maxBytes`, at most
/// `maxFiles` per item. The type is read from the file's first bytes, not taken from what the sender declared,
/// so a program or a web page named `photo.jpg` is not kept as a photo; what is refused stays, unopened, in
/// the item's raw payload.
public enum AttachmentPolicy {
    public static let maxBytes = 10 << 20
    public static let maxFiles = 10

    /// The kinds kept, by their content type.
    public static let kinds: [String: String] = [
        "image/jpeg": "фото", "image/png": "изображение", "image/gif": "изображение", "image/webp": "изображение", "image/heic": "фото",
        "application/pdf": "документ PDF", "application/msword": "документ Word", "application/vnd.ms-excel": "таблица Excel",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "документ Word",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "таблица Excel",
        "application/vnd.oasis.opendocument.text": "документ OpenDocument", "application/vnd.oasis.opendocument.spreadsheet": "таблица OpenDocument",
        "text/plain": "текст",
    ]

    /// What a file is by its first bytes (with the declared type only to tell formats that share a container
    /// apart: ZIP for the new office formats, OLE for the old ones); nil for anything not kept.
    public static func contentType(of data: Data, declared: String) -> String? {
        let bytes = [UInt8](data.prefix(16))
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        let declared = declared.lowercased()
        if starts([0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return "image/gif" }
        if starts(Array("RIFF".utf8)), bytes.count >= 12, Array(bytes[8..<12]) == Array("WEBP".utf8) { return "image/webp" }
        if bytes.count >= 12, Array(bytes[4..<8]) == Array("ftyp".utf8), ["heic", "heix", "mif1"].contains(String(decoding: bytes[8..<12], as: UTF8.self)) {
            return "image/heic"
        }
        if starts(Array("%PDF-".utf8)) { return "application/pdf" }
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            let office = [
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            ]
            return office.contains(declared) ? declared : nil
        }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return ["application/msword", "application/vnd.ms-excel"].contains(declared) ? declared : nil
        }
        if declared == "text/plain", String(data: data, encoding: .utf8) != nil, !data.contains(0) { return "text/plain" }
        return nil
    }

    /// Why a file is not kept, for the item's text; nil when it is.
    public static func refusal(size: Int, contentType: String?, index: Int) -> String? {
        if index >= maxFiles { return "больше \(maxFiles) вложений" }
        if size > maxBytes { return "больше \(maxBytes >> 20) МБ" }
        if contentType == nil { return "тип файла не принимается" }
        return nil
    }
}
