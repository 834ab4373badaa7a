// The tests run the engine as the server and the CLI run it, with Node's default stack trace depth. Mocha raises
// Error.stackTraceLimit to Infinity, and on deeply nested hostile input each of the YAML parser's errors then records
// thousands of frames: the hostile tests ran for minutes under mocha, in seconds in the server.
Error.stackTraceLimit = 10;
