import NIOCore

/// Splits what an SMTP client sends into lines, CR LF (or a bare LF) taken off. A line longer than
/// `maxLine` is an error that closes the connection (RFC 5321 allows 1,000 octets; letters can break the rule a little).
struct SMTPLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = ByteBuffer
    static let maxLine = 64 * 1024

    struct LineTooLong: Error {}

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: 0x0A) else {
            if buffer.readableBytes > Self.maxLine { throw LineTooLong() }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex
        guard var line = buffer.readSlice(length: length) else { return .needMoreData }
        buffer.moveReaderIndex(forwardBy: 1)
        if line.readableBytesView.last == 0x0D { line = line.getSlice(at: line.readerIndex, length: line.readableBytes - 1) ?? line }
        context.fireChannelRead(Self.wrapInboundOut(line))
        return .continue
    }
}
