#if canImport(Glibc)
import Glibc
#endif

extension Array {
    /// An array of `count` copies of `value` whose memory the kernel is asked to back with 2 MB pages before it
    /// is first written. A classifier's weights are read at random all over tens of megabytes; with 4 KB pages
    /// almost every read also misses the address cache (the TLB), which under a virtual machine costs a walk of
    /// two page tables. Linux only (`madvise`); elsewhere, and for arrays under 4 MB, an ordinary array.
    init(hugePagesRepeating value: Element, count: Int) {
        self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
            #if canImport(Glibc)
            // A large allocation comes straight from mmap, untouched: advise the whole 2 MB pages inside it.
            if let base = buffer.baseAddress {
                let huge: UInt = 2 << 20
                let start = (UInt(bitPattern: base) + huge - 1) & ~(huge - 1)
                let end = UInt(bitPattern: base + buffer.count) & ~(huge - 1)
                if end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) {
                    _ = madvise(pointer, Int(end - start), MADV_HUGEPAGE)
                }
            }
            #endif
            buffer.initialize(repeating: value)
            initialized = count
        }
    }
}
