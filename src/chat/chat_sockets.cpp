#include "chat/chat_sockets.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <deque>

#include "chat/chat_frames.hpp"

namespace meldpunt::chat {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;

namespace {

// Frames waiting to be written to one connection. Beyond this the other side
// is not reading (or cannot keep up): it is disconnected and may resume.
constexpr std::size_t kMaxQueuedFrames = 2000;
// ... or this many bytes: a visitor hears small frames; a console gets whole conversations.
constexpr std::size_t kVisitorQueuedBytes = 256 * 1024;
constexpr std::size_t kStaffQueuedBytes = 8 * 1024 * 1024;
// A visitor connection that neither starts nor resumes a chat is closed.
constexpr auto kStartWithin = std::chrono::seconds(20);
constexpr auto kRecheckEvery = std::chrono::seconds(15);

template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

// One WebSocket with its write queue. send() may be called from any thread;
// everything else happens on the connection's strand.
class FrameSocket : public std::enable_shared_from_this<FrameSocket> {
  public:
    FrameSocket(beast::tcp_stream stream, std::size_t max_queued_bytes)
        : m_ws(std::move(stream)), m_max_queued_bytes(max_queued_bytes) {}

    websocket::stream<beast::tcp_stream>& ws() { return m_ws; }

    void send(std::string frame) {
        asio::post(m_ws.get_executor(), [self = shared_from_this(), frame = std::move(frame)]() mutable {
            self->enqueue(std::move(frame));
        });
    }

    // Ends the connection (server stopping, session gone, a reader that stalls);
    // the read loop then finishes and tells the hub.
    void close() {
        asio::post(m_ws.get_executor(), [self = shared_from_this()] { self->close_now(); });
    }

    void mark_finished() { m_closed = true; }

  private:
    void close_now() {
        if (m_closed) return;
        m_closed = true;
        boost::system::error_code ignored;
        beast::get_lowest_layer(m_ws).socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
        beast::get_lowest_layer(m_ws).cancel();
    }

    void enqueue(std::string frame) {
        if (m_closed) return;
        if (m_outbox.size() >= kMaxQueuedFrames || m_queued_bytes + frame.size() > m_max_queued_bytes) {
            close_now();
            return;
        }
        m_queued_bytes += frame.size();
        m_outbox.push_back(std::move(frame));
        if (m_writing) return;
        m_writing = true;
        asio::co_spawn(m_ws.get_executor(), write_all(shared_from_this()), asio::detached);
    }

    // One write in flight: Beast allows no more on one WebSocket.
    static asio::awaitable<void> write_all(std::shared_ptr<FrameSocket> self) {
        while (!self->m_outbox.empty() && !self->m_closed) {
            self->m_ws.text(true);
            auto [error, written] = co_await self->m_ws.async_write(asio::buffer(self->m_outbox.front()),
                                                                     asio::as_tuple(asio::use_awaitable));
            (void)written;
            if (error) {
                self->close_now();
                break;
            }
            self->m_queued_bytes -= self->m_outbox.front().size();
            self->m_outbox.pop_front();
        }
        self->m_writing = false;
    }

    websocket::stream<beast::tcp_stream> m_ws;
    std::size_t m_max_queued_bytes;
    std::size_t m_queued_bytes = 0;
    std::deque<std::string> m_outbox;
    bool m_writing = false;
    bool m_closed = false;
};

class VisitorLink final : public domain::VisitorListener {
  public:
    explicit VisitorLink(std::weak_ptr<FrameSocket> socket) : m_socket(std::move(socket)) {}
    void queue_position(std::size_t position, int wait_minutes) override { send(queue_frame(position, wait_minutes)); }
    void state_changed(domain::ChatState state, std::string_view staff) override { send(state_frame(state, staff)); }
    void message(const domain::ChatLine& line) override { send(visitor_message_frame(line)); }
    void acknowledged(std::int64_t seq) override { send(ack_frame(seq)); }
    void typing(bool on) override { send(typing_frame(on)); }
    void receipt(std::string_view code) override { send(receipt_frame(code)); }

  private:
    void send(std::string frame) {
        if (auto socket = m_socket.lock()) socket->send(std::move(frame));
    }
    std::weak_ptr<FrameSocket> m_socket;
};

class StaffLink final : public domain::StaffListener {
  public:
    explicit StaffLink(std::weak_ptr<FrameSocket> socket) : m_socket(std::move(socket)) {}
    void welcome(std::string_view pseudonym, std::size_t limit,
                 const std::vector<domain::ChatColleague>& colleagues) override {
        send(welcome_frame(pseudonym, limit, colleagues));
    }
    void queue(const std::vector<domain::WaitingConversation>& first, std::size_t total, TimePoint now) override {
        send(staff_queue_frame(first, total, now));
    }
    void conversation(const domain::ConversationView& view) override { send(conversation_frame(view)); }
    void message(domain::ConversationNumber number, const domain::ChatLine& line) override {
        send(staff_message_frame(number, line));
    }
    void acknowledged(domain::ConversationNumber number, std::int64_t seq) override {
        send(staff_ack_frame(number, seq));
    }
    void typing(domain::ConversationNumber number, bool on) override { send(staff_typing_frame(number, on)); }
    void ended(domain::ConversationNumber number, domain::ChatEndedBy by) override { send(ended_frame(number, by)); }
    void released(domain::ConversationNumber number) override { send(released_frame(number)); }

  private:
    void send(std::string frame) {
        if (auto socket = m_socket.lock()) socket->send(std::move(frame));
    }
    std::weak_ptr<FrameSocket> m_socket;
};

// A person types a few messages a second at most; a flood is refused frame by
// frame without closing, so a burst after a reconnect still gets through.
class FrameBudget {
  public:
    explicit FrameBudget(double per_second) : m_per_second(per_second) {}

    bool allow() {
        if (m_per_second <= 0) return true;
        const auto now = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(now - m_updated).count();
        m_updated = now;
        m_tokens = std::min(kBurst, m_tokens + seconds * m_per_second);
        if (m_tokens < 1) return false;
        m_tokens -= 1;
        return true;
    }

  private:
    static constexpr double kBurst = 200;  // what a client resends after a reconnect
    double m_per_second;
    double m_tokens = kBurst;
    std::chrono::steady_clock::time_point m_updated = std::chrono::steady_clock::now();
};

// Accepts the upgrade with the settings both kinds of connection share.
asio::awaitable<std::shared_ptr<FrameSocket>> accept(beast::tcp_stream stream, const UpgradeRequest& request,
                                                     std::size_t max_queued_bytes) {
    auto socket = std::make_shared<FrameSocket>(std::move(stream), max_queued_bytes);
    auto& ws = socket->ws();
    beast::get_lowest_layer(ws).expires_never();
    // Pings an idle connection and drops one that does not answer (a phone
    // that went out of range), so the hub learns the visitor is gone.
    auto timeouts = websocket::stream_base::timeout::suggested(beast::role_type::server);
    timeouts.idle_timeout = std::chrono::seconds(60);
    timeouts.keep_alive_pings = true;
    ws.set_option(timeouts);
    ws.read_message_max(kMaxFrameBytes);
    auto [error] = co_await ws.async_accept(request, asio::as_tuple(asio::use_awaitable));
    if (error) co_return nullptr;
    co_return socket;
}

// Reads frames until the connection ends; `handle` gets each text frame.
asio::awaitable<void> read_frames(FrameSocket& socket, double frames_per_second,
                                  const std::function<void(std::string_view)>& handle) {
    beast::flat_buffer buffer;
    FrameBudget budget(frames_per_second);
    while (true) {
        buffer.clear();
        auto [error, read] = co_await socket.ws().async_read(buffer, asio::as_tuple(asio::use_awaitable));
        (void)read;
        if (error) break;
        if (!socket.ws().got_text()) {
            socket.send(error_frame("bad_frame", "Send text frames with JSON."));
            continue;
        }
        if (!budget.allow()) {
            socket.send(error_frame("rate_limited", "Too many messages at once. Wait a moment."));
            continue;
        }
        handle(beast::buffers_to_string(buffer.data()));
    }
    socket.mark_finished();
}

}  // namespace

asio::awaitable<void> serve_visitor_socket(beast::tcp_stream stream, UpgradeRequest request,
                                           VisitorSocketOptions options, StopHook on_stop) {
    auto socket = co_await accept(std::move(stream), request, kVisitorQueuedBytes);
    if (!socket) co_return;
    on_stop([weak = std::weak_ptr(socket)] {
        if (auto held = weak.lock()) held->close();
    });
    domain::ChatHub& hub = *options.hub;
    auto link = std::make_shared<VisitorLink>(socket);
    auto token_holder = std::make_shared<std::string>();  // the conversation, once started or resumed
    std::string& token = *token_holder;
    // An open connection that never starts a chat only holds a place.
    auto start_timer = std::make_shared<asio::steady_timer>(socket->ws().get_executor(), kStartWithin);
    start_timer->async_wait([weak = std::weak_ptr(socket), token_holder](const boost::system::error_code& error) {
        if (error) return;
        if (auto held = weak.lock(); held && token_holder->empty()) held->close();
    });

    auto handle = [&](std::string_view frame) {
        auto command = read_visitor_frame(frame);
        if (!command) return socket->send(error_frame(command.error()));
        const auto refuse = [&](const Error& error) { socket->send(error_frame(error)); };
        std::visit(overloaded{
                       [&](const visitor::Start& start) {
                           if (!token.empty()) return refuse(Error::invalid("frame", "This chat has started already."));
                           if (options.start_limiter != nullptr &&
                               !options.start_limiter->allow(options.address_key, options.clock->now()))
                               return refuse(Error::make(ErrorCode::rate_limited,
                                                         "Too many chats were started from this connection. Wait a "
                                                         "few minutes, or call us."));
                           domain::ChatStart chat_start = start.start;
                           if (options.start_limiter != nullptr && options.start_limiter->enabled())
                               chat_start.origin = options.start_limiter->opaque_key(options.address_key);
                           auto started = hub.start(chat_start, nullptr);
                           if (!started) {
                               const auto opening = hub.opening_state_now();
                               if (!opening.open) return socket->send(closed_frame(opening.next_open));
                               return refuse(started.error());
                           }
                           token = started->token;
                           socket->send(started_frame(*started));
                           (void)hub.resume(token, 0, link);
                       },
                       [&](const visitor::Resume& resume) {
                           if (!token.empty() && token != resume.token)
                               return refuse(Error::invalid("frame", "This connection holds another chat."));
                           auto resumed = hub.resume(resume.token, resume.received, link);
                           if (!resumed) return refuse(resumed.error());
                           token = resume.token;
                           socket->send(resumed_frame(resumed->visitor_received));
                       },
                       [&](const visitor::Message& message) {
                           if (token.empty()) return refuse(Error::invalid("frame", "Start or resume a chat first."));
                           if (auto sent = hub.visitor_message(token, message.seq, message.text); !sent)
                               socket->send(message_error_frame(sent.error(), message.seq));
                       },
                       [&](const visitor::Ack&) {},
                       [&](const visitor::Typing& typing) {
                           if (!token.empty()) hub.visitor_typing(token, typing.on);
                       },
                       [&](const visitor::End&) {
                           if (!token.empty()) hub.visitor_end(token);
                       },
                   },
                   *command);
    };
    co_await read_frames(*socket, options.frames_per_second, handle);
    start_timer->cancel();
    if (!token.empty()) hub.detach_visitor(token, link.get());
}

asio::awaitable<void> serve_staff_socket(beast::tcp_stream stream, UpgradeRequest request, StaffSocketOptions options,
                                         StopHook on_stop) {
    auto socket = co_await accept(std::move(stream), request, kStaffQueuedBytes);
    if (!socket) co_return;
    on_stop([weak = std::weak_ptr(socket)] {
        if (auto held = weak.lock()) held->close();
    });
    domain::ChatHub& hub = *options.hub;
    const domain::UserId me = options.identity.id;
    auto link = std::make_shared<StaffLink>(socket);
    hub.connect_staff(options.identity, link);

    // The session may end while the console stays open (signed out, disabled,
    // idle): look again every 15 seconds.
    auto recheck_timer = std::make_shared<asio::steady_timer>(socket->ws().get_executor());
    auto in_use = std::make_shared<bool>(false);  // touched on the strand only
    asio::co_spawn(
        socket->ws().get_executor(),
        [recheck_timer, in_use, weak = std::weak_ptr(socket), recheck = options.recheck]() -> asio::awaitable<void> {
            while (true) {
                recheck_timer->expires_after(kRecheckEvery);
                auto [error] = co_await recheck_timer->async_wait(asio::as_tuple(asio::use_awaitable));
                if (error || weak.expired()) co_return;
                const bool used = std::exchange(*in_use, false);
                recheck(used, [weak](bool still_signed_in) {
                    if (auto held = weak.lock(); held && !still_signed_in) held->close();
                });
            }
        },
        asio::detached);

    const auto in_language = [&](Error error) {
        if (options.translate) error.message = options.translate(error.message);
        return error;
    };
    auto handle = [&](std::string_view frame) {
        *in_use = true;
        auto command = read_staff_frame(frame);
        if (!command) return socket->send(error_frame(in_language(command.error())));
        const auto answer = [&](const Result<void>& result) {
            if (!result) socket->send(error_frame(in_language(result.error())));
        };
        std::visit(overloaded{
                       [&](const staff::Pseudonym& pseudonym) { answer(hub.set_pseudonym(me, pseudonym.name)); },
                       [&](const staff::Accept& accept) {
                           auto accepted = hub.accept(me, accept.conversation);
                           if (!accepted) return socket->send(error_frame(in_language(accepted.error())));
                           if (options.audit) options.audit(domain::AuditAction::chat_accepted, std::nullopt);
                       },
                       [&](const staff::Message& message) {
                           auto sent = hub.staff_message(me, message.conversation, message.seq, message.text);
                           if (!sent)
                               socket->send(
                                   message_error_frame(in_language(sent.error()), message.seq, message.conversation));
                       },
                       [&](const staff::Typing& typing) { hub.staff_typing(me, typing.conversation, typing.on); },
                       [&](const staff::Transfer& transfer) {
                           auto moved = hub.transfer(me, transfer.conversation, transfer.to);
                           answer(moved);
                           if (moved && options.audit) options.audit(domain::AuditAction::chat_transferred, transfer.to);
                       },
                       [&](const staff::End& end) {
                           auto ended = hub.staff_end(me, end.conversation);
                           answer(ended);
                           if (ended && options.audit) options.audit(domain::AuditAction::chat_ended, std::nullopt);
                       },
                   },
                   *command);
    };
    co_await read_frames(*socket, options.frames_per_second, handle);
    recheck_timer->cancel();
    hub.disconnect_staff(me, link.get());
}

}  // namespace meldpunt::chat
