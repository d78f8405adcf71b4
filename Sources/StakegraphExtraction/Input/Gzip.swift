// The only file of Stakegraph that sees the zlib C API: the stream is ended before each call returns.
import CZlib
import Foundation

/// Reads gzip-compressed bytes (`.gz` files), one member after another as `gunzip` does.
public enum Gzip {
    /// Why compressed bytes could not be read, in our words.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The bytes do not start with the gzip signature.
        case notGzip
        /// The compressed stream is damaged (zlib's reason).
        case corrupt(reason: String)
        /// The bytes end in the middle of the compressed stream.
        case truncated
        /// The uncompressed text would be larger than the limit.
        case tooLarge(limit: Int)

        public var description: String {
            switch self {
            case .notGzip: return "not gzip-compressed (no gzip signature)"
            case .corrupt(let reason): return "damaged gzip data (\(reason))"
            case .truncated: return "gzip data cut short"
            case .tooLarge(let limit): return "uncompressed size above \(limit >> 20) MiB"
            }
        }
    }

    /// True when `data` starts with the gzip signature (1F 8B).
    public static func isCompressed(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// The uncompressed bytes of `data`.
    /// - Parameter limit: the largest uncompressed size accepted (a guard against gzip bombs).
    public static func decompress(_ data: Data, limit: Int = 1 << 31) throws(Failure) -> Data {
        guard isCompressed(data) else { throw .notGzip }
        var output = Data()
        var stream = z_stream()
        // 15 + 16: a window of 32 KiB and the gzip wrapper (header and CRC checked).
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt(reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        var failure: Failure?
        data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            guard let base = input.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = uInt(input.count)
            while true {
                let status = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunk)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output.append(buffer, count: chunk - Int(stream.avail_out))
                if output.count > limit { failure = .tooLarge(limit: limit); return }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    // Another member may follow (files joined with `cat`); anything else ends the data.
                    guard stream.avail_in >= 2, stream.next_in[0] == 0x1F, stream.next_in[1] == 0x8B else { return }
                    guard inflateReset(&stream) == Z_OK else { failure = .corrupt(reason: "zlib could not restart"); return }
                case Z_BUF_ERROR where stream.avail_in == 0:
                    failure = .truncated
                    return
                default:
                    let reason = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                    failure = .corrupt(reason: reason)
                    return
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}
