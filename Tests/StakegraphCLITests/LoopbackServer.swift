import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (a port the system picks) for the web-address tests:
/// each connection gets one answer from `routes` and is closed. Requests are recorded.
final class LoopbackServer: @unchecked Sendable {
    struct Answer: Sendable {
        var status: Int = 200
        var headers: [String: String] = ["Content-Type": "text/html; charset=utf-8"]
        var body: Data = Data()
        /// Seconds to wait before answering.
        var delay: Double = 0

        static func page(_ html: String) -> Answer { Answer(body: Data(html.utf8)) }
        static func redirect(to location: String, status: Int = 302) -> Answer {
            Answer(status: status, headers: ["Location": location])
        }
        static let notFound = Answer(status: 404, body: Data("not here".utf8))
    }

    struct Request: Sendable {
        var path: String
        var headers: [String: String]
    }

    private let socket: Int32
    let port: Int
    private let routes: @Sendable (String) -> Answer
    private let lock = NSLock()
    private var recorded: [Request] = []

    init(routes: @escaping @Sendable (String) -> Answer) throws {
        self.routes = routes
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        socket = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// `http://127.0.0.1:PORT/path`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The requests received so far.
    var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    func requestCount(_ path: String) -> Int { requests.filter { $0.path == path }.count }

    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func acceptLoop() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 { return }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.contains(Data("\r\n\r\n".utf8)) {
            let n = read(client, &buffer, buffer.count)
            if n <= 0 { return }
            received.append(buffer, count: n)
        }
        let head = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
        let lines = head.components(separatedBy: "\r\n")
        let path = lines[0].split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        lock.lock()
        recorded.append(Request(path: path, headers: headers))
        lock.unlock()
        let answer = routes(path)
        if answer.delay > 0 { Thread.sleep(forTimeInterval: answer.delay) }
        var text = "HTTP/1.1 \(answer.status) Status\r\nConnection: close\r\nContent-Length: \(answer.body.count)\r\n"
        for (name, value) in answer.headers { text += "\(name): \(value)\r\n" }
        var reply = Data((text + "\r\n").utf8)
        reply.append(answer.body)
        _ = reply.withUnsafeBytes { bytes -> Int in
            var sent = 0
            while sent < bytes.count {
                let n = send(client, bytes.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                if n <= 0 { break }
                sent += n
            }
            return sent
        }
    }
}
