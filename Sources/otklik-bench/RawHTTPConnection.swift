import NIOCore
import NIOPosix

/// One keep-alive HTTP/1.1 connection of the load generator. A request goes out as bytes composed before the
/// clock starts; its answer is read only as far as its status and its end (`Content-Length`). A full client
/// (header maps, collected bodies, async sequences) cost a quarter of the CPU of a run of single POSTs, taken
/// from the server under test on the same two cores.
struct RawHTTPConnection: Sendable {
    private let channel: any Channel

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func connect(host: String, port: Int) async throws -> RawHTTPConnection {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(ResponseReader()) }
            }
            .connect(host: host, port: port).get()
        return RawHTTPConnection(channel: channel)
    }

    /// A request's bytes: the line, the headers given, `Host` and `Content-Length`, then the body.
    static func request(_ path: String, host: String, headers: [(String, String)], body: ByteBuffer) -> ByteBuffer {
        var head = "POST \(path) HTTP/1.1\r\nHost: \(host)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.readableBytes)\r\n\r\n"
        var buffer = ByteBuffer(string: head)
        buffer.writeImmutableBuffer(body)
        return buffer
    }

    /// Sends one composed request and waits for its answer: the status code.
    func send(_ request: ByteBuffer, timeout: TimeAmount = .seconds(120)) async throws -> Int {
        let answered = channel.eventLoop.makePromise(of: Int.self)
        let written = channel.eventLoop.makePromise(of: Void.self)
        // A connection the server has closed takes no write: the answer then never comes, so the write's
        // failure is the answer's.
        written.futureResult.whenFailure { answered.fail($0) }
        channel.writeAndFlush(ResponseReader.Outgoing(bytes: request, answered: answered, timeout: timeout), promise: written)
        return try await answered.futureResult.get()
    }

    func close() async {
        try? await channel.close()
    }
}

/// Hands each request's bytes to the socket and completes its promise with the status of the answer that
/// follows. One request at a time per connection, as the benchmark's workers send them.
private final class ResponseReader: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = Outgoing
    typealias OutboundOut = ByteBuffer

    struct Outgoing: Sendable {
        var bytes: ByteBuffer
        var answered: EventLoopPromise<Int>
        var timeout: TimeAmount
    }

    private var waiting: EventLoopPromise<Int>?
    private var deadline: Scheduled<Void>?
    private var received: ByteBuffer?

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let outgoing = unwrapOutboundIn(data)
        guard waiting == nil else {
            let failure = RawHTTPConnection.Failure(description: "a request is already waiting on this connection")
            outgoing.answered.fail(failure)
            promise?.fail(failure)
            return
        }
        waiting = outgoing.answered
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        deadline = context.eventLoop.scheduleTask(in: outgoing.timeout) {
            bound.value.handler.fail(RawHTTPConnection.Failure(description: "no answer within \(outgoing.timeout)"), context: bound.value.context)
        }
        context.writeAndFlush(wrapOutboundOut(outgoing.bytes), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        if received == nil { received = bytes } else { received!.writeBuffer(&bytes) }
        guard let buffer = received, let (status, length) = Self.answer(in: buffer) else { return }
        guard let length else {
            fail(RawHTTPConnection.Failure(description: "an answer without Content-Length (HTTP \(status))"), context: context)
            return
        }
        guard buffer.readableBytes >= length else { return }
        received = buffer.readableBytes == length ? nil : buffer.getSlice(at: buffer.readerIndex + length, length: buffer.readableBytes - length)
        deadline?.cancel()
        let promise = waiting
        waiting = nil
        promise?.succeed(status)
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(RawHTTPConnection.Failure(description: "the server closed the connection"), context: context)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(error, context: context)
    }

    private func fail(_ error: any Error, context: ChannelHandlerContext) {
        deadline?.cancel()
        let promise = waiting
        waiting = nil
        promise?.fail(error)
        context.close(promise: nil)
    }

    /// The status and the whole answer's length in bytes (nil without `Content-Length`: the API always sends
    /// it), once its head has arrived. Read byte by byte: this runs on every read until the answer is whole.
    private static func answer(in buffer: ByteBuffer) -> (status: Int, length: Int?)? {
        buffer.withUnsafeReadableBytes { bytes -> (status: Int, length: Int?)? in
            guard bytes.count >= 4 else { return nil }
            var headLength: Int?
            for index in 3..<bytes.count
            where bytes[index] == 0x0A && bytes[index - 1] == 0x0D && bytes[index - 2] == 0x0A && bytes[index - 3] == 0x0D {
                headLength = index + 1
                break
            }
            guard let headLength else { return nil }
            // "HTTP/1.1 201 Created": the three digits after the first space.
            var status = 0
            if let space = bytes.firstIndex(of: 0x20), space + 3 < headLength {
                for digit in bytes[(space + 1)...(space + 3)] { status = status * 10 + Int(digit &- 0x30) }
            }
            return (status, contentLength(in: UnsafeRawBufferPointer(rebasing: bytes[0..<headLength])).map { headLength + $0 })
        }
    }

    private static let contentLengthName = Array("content-length:".utf8)

    /// The value of the head's `Content-Length`, its name matched in any case.
    private static func contentLength(in head: UnsafeRawBufferPointer) -> Int? {
        let name = contentLengthName
        var lineStart = 0
        while lineStart < head.count {
            if head.count - lineStart > name.count,
                (0..<name.count).allSatisfy({ head[lineStart + $0] | 0x20 == name[$0] | 0x20 })
            {
                var value = 0
                var index = lineStart + name.count
                while index < head.count, head[index] == 0x20 || head[index] == 0x09 { index += 1 }
                while index < head.count, (0x30...0x39).contains(head[index]) {
                    value = value * 10 + Int(head[index] - 0x30)
                    index += 1
                }
                return value
            }
            guard let lineEnd = head[lineStart...].firstIndex(of: 0x0A) else { break }
            lineStart = lineEnd + 1
        }
        return nil
    }
}
