import Foundation
import OtklikCore

/// A new item built and encoded before it has its number. The number comes from the year's counter, so it
/// is the one thing intake must take inside the writer's transaction; the rest — terms, the canonical JSON,
/// the search text — is done before, in each caller's own task, where requests run beside each other.
/// The number is then put in place of a stand-in, which gives the very bytes encoding the numbered item would.
struct UnnumberedAppeal: Sendable {
    private let appeal: Appeal
    private let document: Data
    /// Where the stand-in, quotes included, sits in `document`.
    private let standIn: Range<Data.Index>
    /// The search text without the number (`AppealRows.searchRest`).
    private let searchRest: String

    /// The stand-in is the item's own fresh id behind a mark: made after the text came in, it cannot occur in
    /// it, and inside a JSON string a quote is escaped, so the quoted stand-in is found only as the number.
    init(_ appeal: Appeal) throws {
        var appeal = appeal
        appeal.number = "#" + appeal.id
        let document = try AppealRows.document(appeal)
        guard let standIn = Self.firstRange(of: Array("\"#\(appeal.id)\"".utf8), in: document) else {
            throw EncodingError.invalidValue(appeal.number, .init(codingPath: [], debugDescription: "the number's stand-in is not in the document"))
        }
        self.appeal = appeal
        self.document = document
        self.standIn = standIn
        searchRest = AppealRows.searchRest(appeal)
    }

    /// Where `needle` first occurs in `data`, compared in place: `Data.firstRange(of:)` walks generic indices
    /// and took about 4 % of the server's time taking single items in.
    static func firstRange(of needle: [UInt8], in data: Data) -> Range<Data.Index>? {
        guard let first = needle.first, data.count >= needle.count else { return nil }
        let offset = data.withUnsafeBytes { bytes -> Int? in
            needle.withUnsafeBytes { needle in
                for start in 0...(bytes.count - needle.count) where bytes[start] == first {
                    if memcmp(bytes.baseAddress! + start, needle.baseAddress!, needle.count) == 0 { return start }
                }
                return nil
            }
        }
        return offset.map { data.startIndex + $0 ..< data.startIndex + $0 + needle.count }
    }

    /// The item with its number, its canonical JSON and its search text.
    func numbered(_ number: String) throws -> (appeal: Appeal, document: Data, searchText: String) {
        var appeal = appeal
        appeal.number = number
        var document = document
        document.replaceSubrange(standIn, with: try CanonicalJSON.encode(number))
        return (appeal, document, AppealRows.searchText(number: number, rest: searchRest))
    }
}
