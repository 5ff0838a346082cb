import Foundation
import Logging
import NIOCore
import NIOPosix
import OtklikCore
import OtklikStore
import ServiceLifecycle

/// The inbound e-mail channel (issue 8): a small SMTP server on SwiftNIO the site's MTA hands letters to
/// (`SMTPSession` speaks the protocol). A letter is parsed (`MIMEParser`), taken in as an item of the e-mail
/// channel with the whole letter kept as its raw payload (`message/rfc822`), and only then acknowledged; a
/// letter the MTA delivers twice has the same Message-ID (or, without one, the same SHA-256) and is taken
/// in once. A letter whose text or sender does not pass intake's checks is kept anyway, its sender in the
/// text; only a storage failure is refused, with a 451 the MTA retries. Its files that `AttachmentPolicy`
/// allows are kept as the item's attachments; the others stay inside the stored letter.
struct SMTPListener: Service {
    let settings: MailSettings
    let store: AppealStore
    let logger: Logger

    func run() async throws {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        logger.info("smtp listening", metadata: ["address": "\(settings.host):\(server.channel.localAddress?.port ?? settings.port)"])
        try await cancelWhenGracefulShutdown {
            try await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { connections in
                    for try await connection in connections {
                        group.addTask { await serve(connection) }
                    }
                }
            }
        }
    }

    private func serve(_ connection: NIOAsyncChannel<ByteBuffer, ByteBuffer>) async {
        do {
            try await connection.executeThenClose { inbound, outbound in
                var session = SMTPSession(hostName: "otklik", maxBytes: settings.maxBytes, domains: settings.domains)
                try await outbound.write(ByteBuffer(string: session.greeting + "\r\n"))
                for try await line in inbound {
                    switch session.receive(Data(line.readableBytesView)) {
                    case .nothing: continue
                    case .reply(let text): try await outbound.write(ByteBuffer(string: text + "\r\n"))
                    case .close(let text):
                        try await outbound.write(ByteBuffer(string: text + "\r\n"))
                        return
                    case .deliver(let letter, let from, _):
                        try await outbound.write(ByteBuffer(string: await deliver(letter, envelopeFrom: from) + "\r\n"))
                    }
                }
            }
        } catch {
            logger.debug("smtp connection ended: \(error)")
        }
    }

    /// Takes a letter in; the SMTP reply to its DATA.
    func deliver(_ letter: Data, envelopeFrom: String) async -> String {
        do {
            guard let user = try await store.credentials(login: settings.login)?.user else {
                logger.error("smtp: no user \(settings.login) (OTKLIK_SMTP_LOGIN)")
                return "451 4.3.0 Not configured to take letters in, try again later"
            }
            let message = MIMEParser.parse(letter)
            var draft = MailIntake.draft(message, kind: settings.kind)
            if draft.author?.email == nil, !envelopeFrom.isEmpty { draft.author = Author(name: draft.author?.name, email: envelopeFrom) }
            if draft.externalId == nil { draft.externalId = "sha256:" + SHA256Hex.of([UInt8](letter)) }
            let payload = RawPayload(contentType: "message/rfc822", body: letter)
            let result: IntakeResult
            do {
                result = try await store.intake([draft], payloads: [payload], by: user)[0]
            } catch StoreError.invalid {
                // The text or the sender did not pass: the letter is kept all the same, its sender written into the text.
                var kept = MailIntake.fallback(draft)
                kept.externalId = draft.externalId
                result = try await store.intake([kept], payloads: [payload], by: user)[0]
            }
            let files = message.attachments.map { IncomingFile(fileName: $0.fileName, declaredType: $0.contentType, data: $0.data) }
            if !files.isEmpty {
                let refused = try await store.attach(files, to: result.appeal.id).refused
                for (file, reason) in refused {
                    logger.notice("smtp: an attachment kept only inside the letter", metadata: ["file": "\(file.fileName ?? "")", "reason": "\(reason)"])
                }
            }
            return "250 2.0.0 Accepted as \(result.appeal.id)"
        } catch {
            logger.error("smtp: a letter was not taken in: \(error)")
            return "451 4.3.0 Temporary failure, try again later"
        }
    }
}
