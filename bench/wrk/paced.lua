-- Offers a fixed request rate (wrk2 is not packaged): wrk -t1 -c16 -s bench/wrk/paced.lua URL -- RATE
-- Each finished connection asks delay() for the next free slot on a schedule of RATE per second, so the
-- connections together send RATE requests per second while the server keeps up. wrk starts a request's
-- latency clock when it writes the request, after the delay, so latency is the server's answer time.
-- If the server falls behind, missed slots are dropped rather than sent in a burst (a closed loop, which
-- understates latency under overload; at half of the maximum it does not fall behind).
dofile("bench/wrk/report.lua")

local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_usec; } hc_timeval;
int gettimeofday(hc_timeval *tv, void *tz);
]]
local tv = ffi.new("hc_timeval")
local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local interval, next_at

function init(args)
  interval = 1000 / tonumber(args[1])
end

function delay()
  local now = now_ms()
  if next_at == nil or next_at < now then next_at = now end
  local wait = next_at - now
  next_at = next_at + interval
  return wait
end
