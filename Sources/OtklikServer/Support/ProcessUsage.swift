import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the server's process has used so far, as `/metrics` shows it under the names Prometheus' own client
/// libraries give it. `otklik-bench` divides the CPU seconds of a run by the appeals acknowledged: the server's cost
/// an appeal, beside appeals per second, which the load generator on the same cores also moves.
struct ProcessUsage {
    /// User and system CPU time of all the process's threads.
    var cpuSeconds: Double
    /// Resident memory; nil where `/proc` does not say.
    var residentBytes: Double?

    static func current() -> ProcessUsage {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime)
        return ProcessUsage(cpuSeconds: cpu, residentBytes: residentBytes())
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000
    }

    /// The second field of `/proc/self/statm` is the resident pages.
    private static func residentBytes() -> Double? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .ascii) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return nil }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE)))
    }
}
