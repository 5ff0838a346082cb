import Foundation
import OtklikCore

/// One validated draft waiting to be written, with who took it in and when, and the item it makes.
/// A class: the writer's loops over a set pass items around, and copying one copied every string of its
/// appeal and draft (~3 % of the server's time under batches).
final class IntakeItem: Sendable {
    let draft: AppealDraft
    let actorId: String
    let now: Date
    /// The numbering year of `now` in the region's time zone.
    let year: Int
    /// The new item the draft makes, all but its number.
    let unnumbered: UnnumberedAppeal
    /// What the channel sent, stored beside the item when it is new.
    let payload: RawPayload?
    /// The public side's link and consent, stored with the item when it is new.
    let ticket: PublicTicket?
    /// The site's public address, for the link in a public-side item's receipt letter.
    let linkBase: String?
    /// Files that came with the item, checked by `AttachmentPolicy` before and stored with it when it is new.
    let files: [IncomingFile]

    init(
        draft: AppealDraft, actorId: String, now: Date, year: Int, unnumbered: UnnumberedAppeal, payload: RawPayload?, ticket: PublicTicket?,
        linkBase: String?, files: [IncomingFile]
    ) {
        self.draft = draft
        self.actorId = actorId
        self.now = now
        self.year = year
        self.unnumbered = unnumbered
        self.payload = payload
        self.ticket = ticket
        self.linkBase = linkBase
        self.files = files
    }
}
