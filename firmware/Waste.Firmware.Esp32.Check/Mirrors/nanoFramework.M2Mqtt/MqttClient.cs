// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
namespace nanoFramework.M2Mqtt
{
    using System;
    using System.Collections;
    using System.Security.Cryptography.X509Certificates;
    using nanoFramework.M2Mqtt.Messages;

    public class MqttClient : IMqttClient, IDisposable
    {
        public MqttClient(string brokerHostName, int brokerPort, bool secure, X509Certificate caCert, X509Certificate clientCert, MqttSslProtocols sslProtocol) =>
            throw new NotImplementedException();

        public event IMqttClient.MqttMsgPublishEventHandler MqttMsgPublishReceived;

        public event IMqttClient.MqttMsgPublishedEventHandler MqttMsgPublished;

        public event IMqttClient.MqttMsgSubscribedEventHandler MqttMsgSubscribed;

        public event IMqttClient.ConnectionClosedEventHandler ConnectionClosed;

        public bool IsConnected { get; private set; }

        public MqttReasonCode Connect(string clientId, string username, string password, bool willRetain, MqttQoSLevel willQosLevel, bool willFlag, string willTopic, string willMessage, bool cleanSession, ushort keepAlivePeriod) =>
            throw new NotImplementedException();

        public ushort Subscribe(string[] topics, MqttQoSLevel[] qosLevels) => throw new NotImplementedException();

        public ushort Publish(string topic, byte[] message, string contentType, ArrayList userProperties, MqttQoSLevel qosLevel, bool retain) =>
            throw new NotImplementedException();

        public void Disconnect() => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}
