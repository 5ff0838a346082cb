import ArgumentParser

/// An event's number and hash as `otklik audit verify` prints them to be kept outside the database (`N:HASH`):
/// at the next check the event must still be there with that hash.
struct ChainMark {
    var seq: Int64
    var hash: String

    init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// Nil unless `text` is a positive number, a colon and a SHA-256 in lower-case hex, as the check prints it.
    init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let seq = Int64(parts[0]), seq > 0, parts[1].count == 64,
            parts[1].utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        self.init(seq: seq, hash: String(parts[1]))
    }

    /// `--expect`'s value, refused with the form it must take.
    static func parse(_ text: String) throws -> ChainMark {
        guard let mark = ChainMark(text) else {
            throw ValidationError("--expect ожидает номер события и его хеш через двоеточие, как их печатает проверка: N:ХЕШ")
        }
        return mark
    }

    var text: String { "\(seq):\(hash)" }
}
