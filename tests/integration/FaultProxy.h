#pragma once
// A small fault-injecting TCP proxy for the sync tests: forwards loopback connections to a server
// and, while it has resets left, cuts a connection with a TCP reset (SO_LINGER 0) once that
// connection has carried `resetAfterBytes` from the client, in the middle of whatever was being
// uploaded. Runs on its own thread (the code under test blocks the test's thread).

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

namespace ow::test {

class FaultProxy {
public:
    FaultProxy(uint16_t upstreamPort, int64_t resetAfterBytes, int resets)
        : m_upstream(upstreamPort), m_after(resetAfterBytes), m_resets(resets)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 16);
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~FaultProxy()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listen);
    }

    [[nodiscard]] uint16_t port() const { return m_port; }
    [[nodiscard]] int resetsDone() const { return m_done; }

private:
    struct Pair {
        int client;
        int server;
        int64_t up = 0;  // bytes client -> server
    };

    static void reset(int fd)
    {
        linger l{1, 0};  // close with RST, not FIN
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        ::close(fd);
    }

    void run()
    {
        std::vector<Pair> pairs;
        while (!m_stop) {
            std::vector<pollfd> fds{{m_listen, POLLIN, 0}};
            for (const Pair &p : pairs) {
                fds.push_back({p.client, POLLIN, 0});
                fds.push_back({p.server, POLLIN, 0});
            }
            if (::poll(fds.data(), fds.size(), 50) <= 0) continue;
            if (fds[0].revents & POLLIN) {
                const int c = ::accept(m_listen, nullptr, nullptr);
                const int s = ::socket(AF_INET, SOCK_STREAM, 0);
                sockaddr_in a{};
                a.sin_family = AF_INET;
                a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
                a.sin_port = htons(m_upstream);
                if (c >= 0 && ::connect(s, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0) pairs.push_back({c, s});
                else {
                    if (c >= 0) ::close(c);
                    ::close(s);
                }
            }
            std::vector<Pair> alive;
            for (size_t i = 0; i < pairs.size() && 1 + 2 * i < fds.size(); ++i) {
                Pair p = pairs[i];
                bool open = true;
                char buf[16384];
                for (int dir = 0; dir < 2 && open; ++dir) {
                    const short ev = fds[1 + 2 * i + size_t(dir)].revents;
                    if (!(ev & (POLLIN | POLLHUP | POLLERR))) continue;
                    const int from = dir == 0 ? p.client : p.server;
                    const int to = dir == 0 ? p.server : p.client;
                    const ssize_t n = ::read(from, buf, sizeof buf);
                    if (n <= 0) {
                        open = false;
                        break;
                    }
                    ssize_t sent = 0;
                    // Up to the cut only: the server sees part of the request, then the reset.
                    ssize_t limit = n;
                    const bool cut = dir == 0 && m_done < m_resets && p.up + n > m_after;
                    if (cut) limit = ssize_t(m_after - p.up);
                    while (sent < limit) {
                        const ssize_t w = ::write(to, buf + sent, size_t(limit - sent));
                        if (w <= 0) break;
                        sent += w;
                    }
                    if (dir == 0) p.up += sent;
                    if (cut) {
                        ++m_done;
                        reset(p.client);
                        reset(p.server);
                        p.client = p.server = -1;
                        open = false;
                    }
                }
                if (open) alive.push_back(p);
                else if (p.client >= 0) {
                    ::close(p.client);
                    ::close(p.server);
                }
            }
            // Connections accepted in this round (not yet polled) stay.
            for (size_t i = (fds.size() - 1) / 2; i < pairs.size(); ++i) alive.push_back(pairs[i]);
            pairs = alive;
        }
        for (const Pair &p : pairs) {
            ::close(p.client);
            ::close(p.server);
        }
    }

    uint16_t m_upstream;
    int64_t m_after;
    int m_resets;
    std::atomic<int> m_done{0};
    std::atomic<bool> m_stop{false};
    int m_listen = -1;
    uint16_t m_port = 0;
    std::thread m_thread;
};

} // namespace ow::test
