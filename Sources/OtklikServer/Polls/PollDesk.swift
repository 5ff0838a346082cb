import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// What the polls' API and pages share: creating a poll (the centre), showing one, taking a resident's ballot
/// once (`PollRules`, then the store's one-per-voter).
struct PollDesk: Sendable {
    let store: AppealStore
    static let flagger = TextFlagger()

    /// One voter however the address was typed: the contact key `Author` gives (the store keeps only its hash).
    static func voterKey(_ email: String) -> String { Author(email: email).identityKey ?? email }

    func create(_ poll: Poll, by user: User) async throws {
        guard user.role.runsPolls else { throw Problem.forbidden("Опросы проводят администратор, куратор и руководитель ЦУР") }
        let references = try await store.references()
        let errors = PollRules.errors(in: poll, municipalityIds: references.municipalityIds, rubricator: references.rubricator)
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        try await store.create(poll: poll)
    }

    func poll(_ id: String) async throws -> Poll {
        guard let poll = try await store.poll(id: id) else { throw Problem.notFound("Нет такого опроса") }
        return poll
    }

    func resource(_ poll: Poll, voter: String?, now: Date = Timestamp.now()) async throws -> PollResource {
        let references = try await store.references()
        var voted = false
        if let voter { voted = try await store.hasVoted(in: poll.id, voter: Self.voterKey(voter)) }
        return PollResource(
            poll, municipality: references.municipalityName(poll.municipalityId), ballots: try await store.ballots(of: poll.id), voted: voted, now: now,
            flagger: Self.flagger
        )
    }

    /// Takes the ballot of a verified resident; an ended or not yet open poll is a 409, a second ballot too.
    func vote(_ ballot: PollBallot, in poll: Poll, voter: String?, now: Date = Timestamp.now()) async throws {
        guard let voter else {
            throw Problem(.unauthorized, type: "resident-login", title: "Нужно войти", detail: "Голосовать можно после входа по коду из письма")
        }
        let errors = PollRules.errors(in: ballot, for: poll, now: now)
        if let first = errors.first, first.field == "poll" || first.field == "municipalityId" {
            throw Problem(.conflict, type: "poll-closed", title: "Голос не принят", detail: first.message, errors: errors)
        }
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        guard try await store.vote(in: poll.id, voter: Self.voterKey(voter), ballot: ballot, at: now) else {
            throw Problem(.conflict, type: "already-voted", title: "Голос уже учтён", detail: "С этого адреса уже голосовали в этом опросе: голосовать можно один раз")
        }
    }
}
