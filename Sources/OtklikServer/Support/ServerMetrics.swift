import Foundation
import Metrics
import Prometheus

/// The process's Prometheus registry. swift-metrics has one backend per process, so the registry
/// is made and bootstrapped once, on first use, and every application in the process reports to it.
enum ServerMetrics {
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    /// The process's CPU, memory and start in the same registry, one set for the process.
    static let process = ProcessMetrics(registry: registry, startedAt: Date())
}
