// Stands in for @grpc/grpc-js, @grpc/proto-loader and protobufjs in the bundled dockerode: they
// serve BuildKit image builds only, which claude-doctor never does, and cost ~100 ms to load.
module.exports = {};
