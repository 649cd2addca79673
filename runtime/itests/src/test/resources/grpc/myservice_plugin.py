"""The example plugin of the CloudMock plugin guide (seed 001), run as a real process by the itests.

Unchanged from the guide except that the port comes from the command line and the server binds 127.0.0.1.
Needs plugin_pb2.py / plugin_pb2_grpc.py generated from grpc-plugin-bridge/src/main/proto on PYTHONPATH:
    python3 -m grpc_tools.protoc -I DIR --python_out=DIR --grpc_python_out=DIR DIR/plugin.proto
"""
import json
import sys
import uuid
from concurrent import futures

import grpc

import plugin_pb2
import plugin_pb2_grpc


class MyPlugin(plugin_pb2_grpc.CloudMockPluginServicer):
    def __init__(self):
        self.widgets = {}

    def Register(self, request, context):
        return plugin_pb2.RegisterResponse(
            service_name="myservice",
            actions=[
                plugin_pb2.ActionDef(name="CreateWidget", method="POST", iam_action="myservice:CreateWidget"),
                plugin_pb2.ActionDef(name="GetWidget", method="POST", iam_action="myservice:GetWidget"),
                plugin_pb2.ActionDef(name="ListWidgets", method="POST", iam_action="myservice:ListWidgets"),
                plugin_pb2.ActionDef(name="DeleteWidget", method="POST", iam_action="myservice:DeleteWidget"),
            ],
        )

    def HandleRequest(self, request, context):
        body = json.loads(request.body) if request.body else {}
        if request.action == "CreateWidget":
            widget_id = str(uuid.uuid4())
            self.widgets[widget_id] = {"WidgetId": widget_id, "WidgetName": body.get("WidgetName", "")}
            return plugin_pb2.HandleRequestOutput(
                status_code=200,
                body=json.dumps({"WidgetId": widget_id}).encode(),
            )
        elif request.action == "GetWidget":
            widget = self.widgets.get(body.get("WidgetId"))
            if not widget:
                return plugin_pb2.HandleRequestOutput(status_code=404, body=b'{"error": "WidgetNotFound"}')
            return plugin_pb2.HandleRequestOutput(status_code=200, body=json.dumps(widget).encode())
        elif request.action == "ListWidgets":
            return plugin_pb2.HandleRequestOutput(
                status_code=200,
                body=json.dumps({"Widgets": list(self.widgets.values())}).encode(),
            )
        elif request.action == "DeleteWidget":
            widget_id = body.get("WidgetId")
            if widget_id in self.widgets:
                del self.widgets[widget_id]
            return plugin_pb2.HandleRequestOutput(status_code=200, body=b'{}')
        return plugin_pb2.HandleRequestOutput(status_code=400, body=b'{"error": "InvalidAction"}')

    def HealthCheck(self, request, context):
        return plugin_pb2.HealthCheckResponse(healthy=True)


def serve(port):
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    plugin_pb2_grpc.add_CloudMockPluginServicer_to_server(MyPlugin(), server)
    server.add_insecure_port("127.0.0.1:%d" % port)
    server.start()
    print("plugin listening on 127.0.0.1:%d" % port, flush=True)
    server.wait_for_termination()


if __name__ == "__main__":
    serve(int(sys.argv[1]) if len(sys.argv) > 1 else 50051)
