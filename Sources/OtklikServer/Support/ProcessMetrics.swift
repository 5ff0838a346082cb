import Foundation
import Prometheus
import Synchronization

/// The process's own figures in the registry, brought up to date at each scrape of `/metrics`:
/// `process_cpu_seconds_total`, `process_resident_memory_bytes` and `process_start_time_seconds` — there, when the
/// server built its routes, just after opening its database: the moment it began to serve, not the exec.
final class ProcessMetrics: Sendable {
    private let cpu: Counter
    private let resident: Gauge
    /// The CPU seconds the counter holds: each scrape adds what was used since the last.
    private let counted = Mutex<Double>(0)

    init(registry: PrometheusCollectorRegistry, startedAt: Date) {
        func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "process", metricName: metric, unitName: unit, helpText: help)
        }
        cpu = registry.makeCounter(descriptor: name("cpu", "seconds_total", "Процессорное время сервера (пользователь и система), с"))
        resident = registry.makeGauge(descriptor: name("resident_memory", "bytes", "Резидентная память сервера, байт"))
        registry.makeGauge(descriptor: name("start_time", "seconds", "Время запуска сервера, с от 1970-01-01 UTC")).set(startedAt.timeIntervalSince1970)
    }

    func update() {
        let usage = ProcessUsage.current()
        counted.withLock { counted in
            if usage.cpuSeconds > counted {
                cpu.increment(by: usage.cpuSeconds - counted)
                counted = usage.cpuSeconds
            }
        }
        if let bytes = usage.residentBytes { resident.set(bytes) }
    }
}
