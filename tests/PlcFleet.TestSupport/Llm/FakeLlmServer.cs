using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PlcFleet.TestSupport.Llm;

/// <summary>
/// A real HTTP server on 127.0.0.1 (random port) that answers with scripted replies in the providers' real wire
/// formats and records every request. The only LLM test double: the SDKs, our handler and the session run for real.
/// </summary>
public sealed class FakeLlmServer : IDisposable
{
    private readonly HttpListener listener;
    private readonly ConcurrentQueue<ScriptedReply> script = new();
    private readonly Func<RecordedRequest, ScriptedReply?>? dynamicReply;
    private readonly List<RecordedRequest> requests = [];
    private readonly Task loop;

    public FakeLlmServer(Func<RecordedRequest, ScriptedReply?>? dynamicReply = null)
    {
        this.dynamicReply = dynamicReply;
        (listener, BaseUrl) = Listen();
        loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public string OpenAIBaseUrl => BaseUrl + "/v1";

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    public FakeLlmServer Enqueue(params ScriptedReply[] replies)
    {
        foreach (var reply in replies)
        {
            script.Enqueue(reply);
        }

        return this;
    }

    public void Dispose()
    {
        // Close alone: on Linux, Stop() then Close() unregisters the endpoint twice, and the second time re-binds the
        // port for a moment, failing with "Address already in use" when a parallel test has taken it meanwhile.
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
            .ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body);
        lock (requests)
        {
            requests.Add(recorded);
        }

        var reply = dynamicReply?.Invoke(recorded)
            ?? (script.TryDequeue(out var next) ? next : new ScriptedReply(418, "{\"error\":\"script exhausted\"}"));
        try
        {
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay);
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (timeout test).
        }
    }

    // A probed free port can be taken by another test process before we bind it: try a few ports before giving up.
    private static (HttpListener Listener, string BaseUrl) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var baseUrl = $"http://127.0.0.1:{FreePort()}";
            var candidate = new HttpListener();
            candidate.Prefixes.Add(baseUrl + "/");
            try
            {
                candidate.Start();
                return (candidate, baseUrl);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                candidate.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
