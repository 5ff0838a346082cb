import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Polls over the API (issue 9). The centre: `POST /api/v1/polls`. Residents, no staff login:
/// `POST /api/v1/public/codes` (a code to the e-mail), `POST /api/v1/public/sessions` (the code for a token),
/// `GET /api/v1/public/polls`, `GET /api/v1/public/polls/{id}`, `POST /api/v1/public/polls/{id}/votes` with
/// `Authorization: Bearer <the resident's token>`.
struct PollsAPI {
    let desk: PollDesk
    let residents: ResidentAccess

    struct CreateRequest: Decodable {
        var title: String
        var description: String?
        var municipalityId: String?
        var residentsOnly: Bool?
        var topicId: String?
        var opensAt: Date
        var closesAt: Date
        var questions: [PollQuestion]
    }

    struct CodeRequest: Decodable {
        var email: String
    }

    struct CodeResponse: Encodable {
        var email: String
        var expiresInSeconds: Int
    }

    struct SessionRequest: Decodable {
        var email: String
        var code: String
    }

    struct SessionResponse: Encodable {
        var token: String
        var expiresAt: Date
    }

    struct ListResponse: Encodable {
        var items: [PollResource]
    }

    func register(on router: Router<OtklikRequestContext>, staff: RouterGroup<OtklikRequestContext>) {
        staff.post("/polls") { request, context in
            let body = try await JSONBody.decode(CreateRequest.self, from: request, context: context)
            let poll = Poll(
                id: UUID().uuidString.lowercased(), title: body.title, description: body.description, municipalityId: body.municipalityId,
                residentsOnly: body.residentsOnly ?? false, topicId: body.topicId, opensAt: body.opensAt, closesAt: body.closesAt,
                questions: body.questions, createdAt: Timestamp.now()
            )
            try await desk.create(poll, by: try context.requireUser())
            return try JSONBody.response(try await desk.resource(poll, voter: nil), status: .created)
        }
        router.post("/api/v1/public/codes") { request, context in
            let body = try await JSONBody.decode(CodeRequest.self, from: request, context: context)
            try await residents.sendCode(to: body.email, from: context.remoteAddress)
            return try JSONBody.response(CodeResponse(email: EmailCode.normalized(body.email), expiresInSeconds: Int(EmailCode.lifetime)), status: .accepted)
        }
        router.post("/api/v1/public/sessions") { request, context in
            let body = try await JSONBody.decode(SessionRequest.self, from: request, context: context)
            let token = try await residents.openSession(email: body.email, code: body.code)
            return try JSONBody.response(SessionResponse(token: token, expiresAt: Timestamp.now().addingTimeInterval(EmailCode.sessionLifetime)), status: .created)
        }
        router.get("/api/v1/public/polls") { request, _ in
            let voter = try await residents.resident(request)
            var items: [PollResource] = []
            for poll in try await desk.store.polls() { items.append(try await desk.resource(poll, voter: voter)) }
            return try JSONBody.response(ListResponse(items: items))
        }
        router.get("/api/v1/public/polls/:id") { request, context in
            let poll = try await desk.poll(context.parameters.get("id") ?? "")
            return try JSONBody.response(try await desk.resource(poll, voter: try await residents.resident(request)))
        }
        router.post("/api/v1/public/polls/:id/votes") { request, context in
            let poll = try await desk.poll(context.parameters.get("id") ?? "")
            let voter = try await residents.resident(request)
            let ballot = try await JSONBody.decode(PollBallot.self, from: request, context: context)
            try await desk.vote(ballot, in: poll, voter: voter)
            return try JSONBody.response(try await desk.resource(poll, voter: voter), status: .created)
        }
    }
}
