import Foundation
import OtklikCore

/// One validated draft waiting to be written, with who took it in and when.
struct IntakeItem: Sendable {
    var draft: AppealDraft
    var actorId: String
    var now: Date
    /// The numbering year of `now` in the region's time zone.
    var year: Int
    /// The structure model's suggestion for the draft, when a model was active.
    var suggestion: StructureSuggestion?
    /// Set when the model chose the draft's topic by itself.
    var structuredBy: String?
    /// What the channel sent, stored beside the item when it is new.
    var payload: RawPayload?
    /// The public side's link and consent, stored with the item when it is new.
    var ticket: PublicTicket?
    /// The site's public address, for the link in a public-side item's receipt letter.
    var linkBase: String?
    /// Files that came with the item, checked by `AttachmentPolicy` before and stored with it when it is new.
    var files: [IncomingFile] = []
}
