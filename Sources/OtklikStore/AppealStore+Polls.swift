import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Stores a new poll (checked by `PollRules` before).
    public func create(poll: Poll) async throws {
        let document = String(decoding: try JSONCoding.encoder().encode(poll), as: UTF8.self)
        try await backend.write { db in
            try await db.raw(
                """
                INSERT INTO polls (id, doc, municipality_id, opens_at, closes_at, created_at)
                VALUES (\(bind: poll.id), \(bind: document), \(bind: poll.municipalityId), \(bind: Timestamp.millis(poll.opensAt)),
                  \(bind: Timestamp.millis(poll.closesAt)), \(bind: Timestamp.millis(poll.createdAt)))
                """
            ).run()
        }
    }

    /// Every poll, the latest to open first.
    public func polls() async throws -> [Poll] {
        try await backend.read { db in
            try await db.raw("SELECT doc FROM polls ORDER BY opens_at DESC, id").all().map(Self.poll)
        }
    }

    public func poll(id: String) async throws -> Poll? {
        guard !id.unicodeScalars.contains("\u{0}") else { return nil }
        return try await backend.read { db in try await db.raw("SELECT doc FROM polls WHERE id = \(bind: id)").first().map(Self.poll) }
    }

    /// Takes a ballot once per voter: false, and nothing written, when this voter has voted in this poll.
    public func vote(in pollId: String, voter: String, ballot: PollBallot, at now: Date = Timestamp.now()) async throws -> Bool {
        let key = SHA256Hex.of(Array(voter.utf8))
        let document = String(decoding: try JSONCoding.encoder().encode(ballot), as: UTF8.self)
        return try await backend.write { db in
            // Writes are serialised (SQLite's one writer, PostgreSQL's shared lock), so the read decides.
            let voted = try await db.raw("SELECT 1 AS one FROM poll_votes WHERE poll_id = \(bind: pollId) AND voter_sha256 = \(bind: key)").first() != nil
            guard !voted else { return false }
            try await db.raw(
                """
                INSERT INTO poll_votes (poll_id, voter_sha256, ballot, created_at)
                VALUES (\(bind: pollId), \(bind: key), \(bind: document), \(bind: Timestamp.millis(now)))
                """
            ).run()
            return true
        }
    }

    public func hasVoted(in pollId: String, voter: String) async throws -> Bool {
        let key = SHA256Hex.of(Array(voter.utf8))
        return try await backend.read { db in
            try await db.raw("SELECT 1 AS one FROM poll_votes WHERE poll_id = \(bind: pollId) AND voter_sha256 = \(bind: key)").first() != nil
        }
    }

    /// A poll's ballots, newest first.
    public func ballots(of pollId: String) async throws -> [PollBallot] {
        try await backend.read { db in
            try await db.raw("SELECT ballot FROM poll_votes WHERE poll_id = \(bind: pollId) ORDER BY created_at DESC").all().map { row in
                try JSONCoding.decoder().decode(PollBallot.self, from: Data(try row.decode(column: "ballot", as: String.self).utf8))
            }
        }
    }

    private static func poll(_ row: any SQLRow) throws -> Poll {
        try JSONCoding.decoder().decode(Poll.self, from: Data(try row.decode(column: "doc", as: String.self).utf8))
    }
}
