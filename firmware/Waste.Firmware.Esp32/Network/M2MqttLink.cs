using System;
using System.Collections;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using Waste.Firmware.Core.IotHub;

namespace Waste.Firmware.Esp32.Network;

/// <summary>
/// The core's MQTT link on nanoFramework's M2Mqtt. M2Mqtt publishes and subscribes asynchronously and reports the
/// broker's acknowledgement by events; this waits for them, so that "published" means "the hub has it". Messages
/// from the hub are queued by M2Mqtt's thread and handed to the core on the caller's thread.
/// </summary>
public sealed class M2MqttLink : IMqttLink
{
    private const ushort KeepAliveSeconds = 60;
    private const int AcknowledgementTimeoutMilliseconds = 10000;

    private readonly MqttClient _client;
    private readonly ArrayList _inbox = new ArrayList();
    private readonly ArrayList _acknowledged = new ArrayList();
    private readonly AutoResetEvent _arrived = new AutoResetEvent(false);
    private readonly AutoResetEvent _acknowledgement = new AutoResetEvent(false);
    private readonly AutoResetEvent _wake;

    /// <summary>Creates the link to <paramref name="host"/>; <paramref name="wake"/> is set whenever a message
    /// arrives, so that the toilet node's loop runs at once.</summary>
    public M2MqttLink(string host, int port, bool tls, X509Certificate? rootCertificate, AutoResetEvent wake)
    {
        _client = new MqttClient(host, port, tls, rootCertificate, null, tls ? MqttSslProtocols.TLSv1_2 : MqttSslProtocols.None);
        _wake = wake;
        _client.MqttMsgPublishReceived += OnPublishReceived;
        _client.MqttMsgPublished += OnPublished;
        _client.MqttMsgSubscribed += OnSubscribed;
    }

    /// <inheritdoc />
    public bool IsConnected => _client.IsConnected;

    /// <inheritdoc />
    public bool Connect(string clientId, string userName, string password)
    {
        try
        {
            var code = _client.Connect(clientId, userName, password, false, MqttQoSLevel.AtMostOnce, false, null, null, true, KeepAliveSeconds);
            return code == MqttReasonCode.Success;
        }
        catch (Exception)
        {
            // M2Mqtt throws on an unreachable broker or a TLS failure: to the core that is a refused connection.
            return false;
        }
    }

    /// <inheritdoc />
    public bool Subscribe(string[] topicFilters)
    {
        try
        {
            var levels = new MqttQoSLevel[topicFilters.Length];
            for (var i = 0; i < levels.Length; i++)
            {
                levels[i] = MqttQoSLevel.AtLeastOnce;
            }

            var id = _client.Subscribe(topicFilters, levels);
            return AwaitAcknowledgement(id);
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public bool Publish(string topic, byte[] payload)
    {
        try
        {
            var id = _client.Publish(topic, payload, null, null, MqttQoSLevel.AtLeastOnce, false);
            return AwaitAcknowledgement(id);
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public int Deliver(IMqttMessageHandler handler, int waitMilliseconds)
    {
        if (waitMilliseconds > 0 && InboxCount() == 0)
        {
            _arrived.WaitOne(waitMilliseconds, false);
        }

        var count = 0;
        while (true)
        {
            ReceivedMessage? message = null;
            lock (_inbox)
            {
                if (_inbox.Count > 0)
                {
                    message = (ReceivedMessage)_inbox[0];
                    _inbox.RemoveAt(0);
                }
            }

            if (message == null)
            {
                return count;
            }

            handler.OnMessage(message.Topic, message.Payload);
            count++;
        }
    }

    /// <inheritdoc />
    public void Disconnect()
    {
        try
        {
            if (_client.IsConnected)
            {
                _client.Disconnect();
            }
        }
        catch (Exception)
        {
            // The connection was already gone.
        }
    }

    private int InboxCount()
    {
        lock (_inbox)
        {
            return _inbox.Count;
        }
    }

    // The acknowledgement may come before this starts waiting: acknowledged ids are kept until claimed.
    private bool AwaitAcknowledgement(ushort id)
    {
        var waited = 0;
        while (waited < AcknowledgementTimeoutMilliseconds)
        {
            lock (_acknowledged)
            {
                var index = _acknowledged.IndexOf(id);
                if (index >= 0)
                {
                    _acknowledged.RemoveAt(index);
                    return true;
                }
            }

            if (!_client.IsConnected)
            {
                return false;
            }

            _acknowledgement.WaitOne(100, false);
            waited += 100;
        }

        return false;
    }

    private void Acknowledge(ushort id)
    {
        lock (_acknowledged)
        {
            if (_acknowledged.Count > 32)
            {
                _acknowledged.RemoveAt(0);
            }

            _acknowledged.Add(id);
        }

        _acknowledgement.Set();
    }

    private void OnPublished(object sender, MqttMsgPublishedEventArgs e)
    {
        if (e.IsPublished)
        {
            Acknowledge(e.MessageId);
        }
    }

    private void OnSubscribed(object sender, MqttMsgSubscribedEventArgs e) => Acknowledge(e.MessageId);

    private void OnPublishReceived(object sender, MqttMsgPublishEventArgs e)
    {
        lock (_inbox)
        {
            // A flood from the hub must not exhaust the heap: beyond the limit, the oldest waiting message goes.
            if (_inbox.Count >= 32)
            {
                _inbox.RemoveAt(0);
            }

            _inbox.Add(new ReceivedMessage(e.Topic, e.Message));
        }

        _arrived.Set();
        _wake.Set();
    }
}
