#!/usr/bin/env python3
"""A local SMTP sink for config/two-instance-kill-test.sh: accepts every message and appends its
Message-ID to a file, one line per message received, before it answers 250 (so a line means the
server accepted the message). Usage: smtp-sink.py PORT FILE [DELAY_MS]; DELAY_MS slows each
acceptance down, so that kills land while messages are being handed over."""
import asyncio
import os
import sys

PORT, FILE = int(sys.argv[1]), sys.argv[2]
DELAY = int(sys.argv[3]) / 1000 if len(sys.argv) > 3 else 0


async def session(reader, writer):
    out = open(FILE, "a")
    writer.write(b"220 sink ESMTP\r\n")
    try:
        while line := await reader.readline():
            verb = line[:4].upper()
            if verb == b"DATA":
                writer.write(b"354 go ahead\r\n")
                await writer.drain()
                message_id = "-"
                while (data := await reader.readline()) not in (b".\r\n", b""):
                    if data.lower().startswith(b"message-id:") and message_id == "-":
                        message_id = data.split(b":", 1)[1].strip().decode()
                await asyncio.sleep(DELAY)
                out.write(message_id + "\n")
                out.flush()
                os.fsync(out.fileno())
                writer.write(b"250 accepted\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 bye\r\n")
                break
            else:
                writer.write(b"250 ok\r\n")
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        out.close()
        writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", PORT)
    async with server:
        await server.serve_forever()


asyncio.run(main())
