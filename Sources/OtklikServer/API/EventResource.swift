import Foundation
import OtklikCore

/// One event of an appeal's history as the API shows it; `changes` is the parsed payload.
struct EventResource: Encodable {
    var seq: Int64
    var at: Date
    var actorId: String
    var type: String
    var changes: JSONValue
    var hash: String
    var prevHash: String

    init(_ event: AppealEvent) {
        seq = event.seq
        at = event.at
        actorId = event.actorId
        type = event.type
        changes = (try? JSONCoding.decoder().decode(JSONValue.self, from: Data(event.payload.utf8))) ?? .null
        hash = event.hash
        prevHash = event.prevHash
    }
}
