-- wrk script: POST one valid anonymous report as JSON to /api/v1/signals.
-- The real server and bare_insert_server both get this body.
-- WRK_STOP_AFTER=N (optional): each wrk thread stops after N answers of 201,
-- so that `wrk -t2` posts about 2*N reports (used for the memory scenario).
-- Without it no response() is defined, so wrk stays on its fast path.

local description = "Bij het bedrijf aan de overkant werken sinds een paar maanden steeds wisselende " ..
  "mensen die met een busje worden gebracht en gehaald, vroeg in de ochtend en laat in de avond, ook in " ..
  "het weekend. Zij lijken weinig te mogen zeggen en kijken steeds naar een man die bij het busje blijft " ..
  "staan. Een van hen vertelde in gebroken Engels dat zij hun paspoort hebben moeten afgeven en een " ..
  "schuld moeten afbetalen voor de reis en het bed. Zij slapen met zijn achten in een kleine woning " ..
  "boven de loods. Ik weet niet zeker of dit uitbuiting is, maar ik maak mij zorgen en wil het melden " ..
  "zodat iemand die er verstand van heeft kan kijken wat hier aan de hand is."

wrk.method = "POST"
wrk.path = "/api/v1/signals"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"kind":"report","description":"' .. description .. '",' ..
  '"forms":["labour"],"reporter":{"role":"resident","anonymity":"anonymous"},' ..
  '"postcode":"8321","minors_involved":"unknown","signals":["coerced"]}'

local stop_after = tonumber(os.getenv("WRK_STOP_AFTER") or "")
if stop_after then
  local created = 0
  function response(status, headers, body)
    if status == 201 then
      created = created + 1
      if created >= stop_after then wrk.thread:stop() end
    end
  end
end
