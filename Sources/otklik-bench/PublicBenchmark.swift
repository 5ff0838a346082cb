import ArgumentParser
import Foundation
import HTTPTypes
import NIOCore
import OtklikCore

/// `otklik-bench public`: residents' submissions per second through `POST /api/v1/public/appeals` as the
/// public form sends them — `multipart/form-data` with the fields, the consent and a photo — with p50/p99
/// latency. Each is acknowledged only after the item, its consent and its photo are committed together.
struct PublicBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "public", abstract: "Measure the public form's submissions with photos against a running server."
    )

    @Option(help: "Server address") var url = "http://127.0.0.1:8080"
    @Option(help: "Submissions to send") var requests = 10_000
    @Option(help: "Connections sending at once") var concurrency = 64
    @Option(help: "Size of the photo in each submission, KB") var photoKb = 100
    @Option(help: "Seed of the generated texts") var seed: UInt64 = 11

    func validate() throws {
        guard requests > 0, concurrency > 0, (1...10_240).contains(photoKb) else {
            throw ValidationError("--requests and --concurrency must be positive, --photo-kb within 1...10240")
        }
    }

    func run() async throws {
        guard let address = URL(string: url), let host = address.host else { throw ValidationError("bad --url \(url)") }
        let client = BenchClient(host: host, port: address.port ?? 80, token: "")
        let run = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
        let photo = Self.photo(bytes: photoKb * 1024)
        var drafts = BenchDrafts(run: run, seed: seed)
        let texts = drafts.texts(requests)
        let boundary = "otklik-bench-\(run)"
        let bodies = texts.enumerated().map { index, text in
            Self.form(boundary: boundary, fields: [("text", text), ("consent", PublicConsent.current.version), ("submissionId", "\(run)-\(index)")], photo: photo)
        }
        let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        print("Otklik public form benchmark against \(url), run \(run): \(requests) submissions with a \(photoKb) KB photo over \(concurrency) connections")
        let sent = try await client.sendAll("/api/v1/public/appeals", bodies: bodies, headers: headers, connections: concurrency)
        let seconds = Double(sent.elapsed.components.seconds) + Double(sent.elapsed.components.attoseconds) / 1e18
        let done = sent.latencies.count
        print(String(format: "public form: %.0f submissions/s (%.2f s), %.1f MB of photos/s", Double(done) / seconds, seconds, Double(done * photoKb) / 1024 / seconds))
        print("  latency \(LatencySummary(sent.latencies).line); " + (sent.failures.isEmpty ? "all acknowledged" : "FAILED: \(sent.failures)"))
    }

    /// A PNG signature and header followed by filler: what the server's type check reads is a real PNG's start.
    static func photo(bytes: Int) -> [UInt8] {
        let start: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        var generator = SystemRandomNumberGenerator()
        return start + (0..<max(bytes - start.count, 0)).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    static func form(boundary: String, fields: [(String, String)], photo: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        for (name, value) in fields {
            buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"photo.png\"\r\nContent-Type: image/png\r\n\r\n")
        buffer.writeBytes(photo)
        buffer.writeString("\r\n--\(boundary)--\r\n")
        return buffer
    }
}
