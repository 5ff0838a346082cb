import Foundation
import OtklikCore

/// One validated draft waiting to be written, with who took it in and when, and the item it makes.
struct IntakeItem: Sendable {
    var draft: AppealDraft
    var actorId: String
    var now: Date
    /// The numbering year of `now` in the region's time zone.
    var year: Int
    /// The new item the draft makes, all but its number.
    var unnumbered: UnnumberedAppeal
    /// What the channel sent, stored beside the item when it is new.
    var payload: RawPayload?
    /// The public side's link and consent, stored with the item when it is new.
    var ticket: PublicTicket?
    /// The site's public address, for the link in a public-side item's receipt letter.
    var linkBase: String?
    /// Files that came with the item, checked by `AttachmentPolicy` before and stored with it when it is new.
    var files: [IncomingFile] = []
}
