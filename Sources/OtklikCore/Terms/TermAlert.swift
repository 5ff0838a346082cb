import Foundation

/// A notice about an item's term: a reminder before it ends, an escalation once it has passed.
/// Raised once for each (item, kind, term, recipient); a new term (an extension) raises anew.
public struct TermAlert: Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case reminder
        case escalation
    }

    public var appealId: String
    public var kind: Kind
    public var dueAt: Date
    public var recipient: AlertRecipient
    public var text: String

    /// Who hears of a term, by kind (issue 4: the executor first; after the term also the
    /// block and the centre). The executor is the body until someone in it has taken the item.
    static func recipients(of kind: Kind, for appeal: Appeal) -> [AlertRecipient] {
        var executor: [AlertRecipient] = []
        if let id = appeal.executorId {
            executor = [.user(id)]
        } else if let body = appeal.bodyId {
            executor = [.body(body)]
        }
        switch kind {
        case .reminder: return executor.isEmpty ? [.centre] : executor
        case .escalation: return executor + (appeal.blockId.map { [AlertRecipient.block($0)] } ?? []) + [.centre]
        }
    }

    /// The alerts `appeal` calls for at `now`: a reminder once less than `soon` is left, an escalation once
    /// the term has passed; none while no term runs.
    public static func due(for appeal: Appeal, at now: Date, soon: TimeInterval, timeZone: TimeZone) -> [TermAlert] {
        guard appeal.status.termRuns, let dueAt = appeal.controlDueAt else { return [] }
        let kind: Kind
        switch TermState.of(appeal, at: now, soon: soon) {
        case .overdue: kind = .escalation
        case .dueSoon: kind = .reminder
        case .onTime, .none: return []
        }
        let when = LocalDate(dueAt, in: timeZone).russian + " " + clock(dueAt, in: timeZone)
        let text =
            kind == .reminder
            ? "Скоро срок: по обращению \(appeal.number) срок истекает \(when)"
            : "Просрочено: по обращению \(appeal.number) срок истёк \(when)"
        return recipients(of: kind, for: appeal).map {
            TermAlert(appealId: appeal.id, kind: kind, dueAt: dueAt, recipient: $0, text: text)
        }
    }

    /// «17:00» in the zone.
    static func clock(_ instant: Date, in timeZone: TimeZone) -> String {
        let minutes = Timestamp.localMillis(instant, in: timeZone).floorDivided(by: 86_400_000).remainder / 60_000
        let (hours, rest) = (minutes / 60, minutes % 60)
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
