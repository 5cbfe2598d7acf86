-- The demo mother (for crates/bench/soak/run.sh): her child's file and its parts, and her
-- start page, in turn.
local paths = {}
local i = 0
init = function(args)
  local f = args[1]
  paths = { "/trajecten/" .. f, "/trajecten/" .. f .. "/inzage", "/trajecten/" .. f .. "/documenten",
            "/trajecten/" .. f .. "/gesprekken", "/trajecten/" .. f .. "/klok", "/start" }
  wrk.headers["Cookie"] = args[2]
end
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
