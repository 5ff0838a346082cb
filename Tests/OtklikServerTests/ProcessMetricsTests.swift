import Foundation
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("/metrics: the server process's own figures, as Prometheus names them")
struct ProcessMetricsTests {
    /// The process's user and system CPU seconds as Linux's `/proc/self/stat` counts them (fields 14 and 15, in
    /// clock ticks): a source apart from the `getrusage` the server reads.
    static func procCPUSeconds() throws -> Double {
        let stat = try String(contentsOfFile: "/proc/self/stat", encoding: .ascii)
        // The command's name, in brackets, may hold spaces: the fields are counted after it, the state being the third.
        let fields = stat[stat.index(after: try #require(stat.lastIndex(of: ")")))...].split(separator: " ")
        let ticks = try #require(Double(fields[11])) + (try #require(Double(fields[12])))
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    static func value(_ name: String, in text: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ")[1]) }
    }

    @Test(
        "the CPU counter is the process's CPU time at the scrape, its memory is resident bytes, its start a moment of today",
        .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat"), "the reference is Linux's /proc")
    )
    func processFigures() async throws {
        try await APIHarness.run(.sqlite) { api in
            for _ in 0..<3 {
                // Other suites run in this process meanwhile: the scrape's figure must fall between the two readings.
                let before = try Self.procCPUSeconds()
                let text = try await api.send(.get, "/metrics").text
                let after = try Self.procCPUSeconds()
                #expect(text.contains("# TYPE process_cpu_seconds_total counter"))
                let cpu = try #require(Self.value("process_cpu_seconds_total", in: text))
                // A tick of /proc's rounding on either side.
                #expect(cpu >= before - 0.02 && cpu <= after + 0.02, "\(before) ≤ \(cpu) ≤ \(after)")
                #expect(try #require(Self.value("process_resident_memory_bytes", in: text)) > 1_000_000)
                let started = try #require(Self.value("process_start_time_seconds", in: text))
                #expect(started <= Date().timeIntervalSince1970 && started > Date().timeIntervalSince1970 - 86_400)
            }
        }
    }
}
