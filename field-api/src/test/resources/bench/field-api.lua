-- wrk script of the field API load benchmark (run by com.fieldwork.api.bench.LoadBenchmark).
-- wrk -t N -c N: one connection per thread, so a response always answers the thread's last request
-- and a thread can follow the versions of the jobs it moves.
-- Arguments: scenario (hello | visits | status | sync), then the Lua data file LoadBenchmark wrote:
--   DATA = { clientTime = "...", slots = { { token = "...", jobs = { {id=, status=, version=, token=}, ... } }, ... } }

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

-- a technician may move an assigned job out and back, and a started job to waiting-for-parts and back
local NEXT = {
  ASSIGNED = "EN_ROUTE", EN_ROUTE = "ASSIGNED",
  ARRIVED = "IN_PROGRESS", IN_PROGRESS = "WAITING_FOR_PARTS", WAITING_FOR_PARTS = "IN_PROGRESS",
}

function init(args)
  scenario = args[1]
  dofile(args[2])
  slot = DATA.slots[((index - 1) % #DATA.slots) + 1]
  math.randomseed(os.time() * 1000 + index)
  cursor = 0
  failures = 0
  applied = 0
  current = nil
end

local function json_headers(token)
  return { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

local function next_job()
  cursor = cursor % #slot.jobs + 1
  return slot.jobs[cursor]
end

local function uuid()
  local r = math.random
  return string.format("%04x%04x-%04x-4%03x-%04x-%04x%04x%04x", r(0, 0xffff), r(0, 0xffff), r(0, 0xffff),
    r(0, 0xfff), 0x8000 + r(0, 0x3fff), r(0, 0xffff), r(0, 0xffff), r(0, 0xffff))
end

local function sync_batch()
  local events = {}
  for i = 1, DATA.batchSize do
    local job = next_job()
    events[i] = string.format(
      '{"id":"%s","clientTime":"%s","type":"note","payload":{"workOrderId":%d,"body":"Benchmark note %d from the queue"}}',
      uuid(), DATA.clientTime, job.id, i)
  end
  return '{"events":[' .. table.concat(events, ",") .. ']}'
end

function request()
  if scenario == "hello" then
    return wrk.format("GET", "/bench/hello")
  elseif scenario == "visits" then
    return wrk.format("GET", "/api/v1/visits", { ["Authorization"] = "Bearer " .. slot.token })
  elseif scenario == "status" then
    current = next_job()
    local body = string.format('{"to":"%s","version":%d}', NEXT[current.status], current.version)
    return wrk.format("POST", "/api/v1/jobs/" .. current.id .. "/status", json_headers(current.token), body)
  elseif scenario == "sync" then
    return wrk.format("POST", "/api/v1/sync", json_headers(slot.token), sync_batch())
  end
  error("unknown scenario " .. tostring(scenario))
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    failures = failures + 1
    if failures <= 3 then
      io.stderr:write("unexpected " .. status .. " in " .. scenario .. ": " .. string.sub(body, 1, 300) .. "\n")
    end
    return
  end
  if scenario == "status" then
    current.status = string.match(body, '"status":"([A-Z_]+)"')
    current.version = tonumber(string.match(body, '"version":(%d+)'))
  elseif scenario == "sync" then
    local _, n = string.gsub(body, '"APPLIED"', "")
    applied = applied + n
  end
end

function done(summary, latency, requests)
  local failed, events = 0, 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
    events = events + thread:get("applied")
  end
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d applied=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, events))
end
