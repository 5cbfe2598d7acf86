-- Visitors (for crates/bench/soak/run.sh): the kennisbank, a search, the hulpwijzer, the
-- glossary and one article, in turn.
local paths = { "/kennisbank", "/kennisbank/zoeken?q=opp", "/hulpwijzer", "/kennisbank/begrippen" }
local i = 0
init = function(args)
  table.insert(paths, args[1])
end
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
