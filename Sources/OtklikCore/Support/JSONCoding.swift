import Foundation

/// The one JSON encoding of the project: sorted keys, ISO 8601 dates with milliseconds in UTC.
/// Sorted keys make the audit payloads canonical, so the same change always hashes the same.
public enum JSONCoding {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.iso(date))
        }
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Ожидается дата ISO 8601, получено «\(text)»")
            }
            // Back to whole milliseconds, so a decoded instant equals the one encoded.
            return Timestamp.date(millis: Timestamp.millis(date))
        }
        return decoder
    }
}
