import Foundation

/// The tamper-evident chain of events: each event's hash covers its fields and the previous hash.
public enum EventChain {
    /// The `prevHash` of the first event.
    public static let genesis = String(repeating: "0", count: 64)

    /// SHA-256 over a canonical encoding: every field length-prefixed, so no two different
    /// events can encode to the same bytes.
    public static func hash(seq: Int64, appealId: String, at: Date, actorId: String, type: String, payload: String, prevHash: String) -> String {
        let fields = [prevHash, String(seq), appealId, String(Timestamp.millis(at)), actorId, type, payload]
        var bytes: [UInt8] = []
        for field in fields {
            let utf8 = Array(field.utf8)
            bytes.append(contentsOf: Array("\(utf8.count):".utf8))
            bytes.append(contentsOf: utf8)
        }
        return SHA256Hex.of(bytes)
    }

    /// Walks events in `seq` order from `previous` and returns the first broken link, if any.
    public static func firstBreak(in events: [AppealEvent], after previous: (seq: Int64, hash: String) = (0, genesis)) -> ChainBreak? {
        var expectedSeq = previous.seq + 1
        var prevHash = previous.hash
        for event in events {
            if event.seq != expectedSeq {
                return ChainBreak(seq: expectedSeq, reason: "событие №\(expectedSeq) отсутствует (следующее — №\(event.seq))")
            }
            if event.prevHash != prevHash {
                return ChainBreak(seq: event.seq, reason: "ссылка на предыдущее событие не совпадает")
            }
            let recomputed = hash(
                seq: event.seq, appealId: event.appealId, at: event.at, actorId: event.actorId,
                type: event.type, payload: event.payload, prevHash: event.prevHash
            )
            if recomputed != event.hash {
                return ChainBreak(seq: event.seq, reason: "содержимое события изменено (хеш не совпадает)")
            }
            prevHash = event.hash
            expectedSeq += 1
        }
        return nil
    }
}
