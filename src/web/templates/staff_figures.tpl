{{%AUTOESCAPE context="HTML"}}
<h1>[[Figures]]</h1>
<p class="lead">[[Internal figures: every count, also the small ones. Do not pass them on. To share figures, use the published figures.]]</p>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>[[Please check these points]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}
<form method="get" action="{{ACTION_URL}}" class="filters" role="search" aria-label="[[Choose the figures]]">
  <div class="field">
    <label for="period">[[Period]]</label>
    <p class="hint" id="period-hint">[[A year (2026), a quarter (2026Q1) or a month (2026-03)]]</p>
    {{#ERR_PERIOD}}<p class="field-error" id="period-error">{{MESSAGE}}</p>{{/ERR_PERIOD}}
    <input type="text" id="period" name="period" value="{{PERIOD}}" class="short" maxlength="20" autocomplete="off" spellcheck="false" aria-describedby="period-hint{{#ERR_PERIOD}} period-error{{/ERR_PERIOD}}"{{#ERR_PERIOD}} aria-invalid="true"{{/ERR_PERIOD}}>
  </div>
  <div class="field">
    <label for="area">[[Area]]</label>
    {{#ERR_AREA}}<p class="field-error" id="area-error">{{MESSAGE}}</p>{{/ERR_AREA}}
    <select id="area" name="area"{{#ERR_AREA}} aria-invalid="true" aria-describedby="area-error"{{/ERR_AREA}}>
      {{#AREA}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/AREA}}
    </select>
  </div>
  <button type="submit" class="button">[[Show]]</button>
</form>
{{#FIGURES}}
<h2 id="totals">{{PERIOD}}: {{AREA}}</h2>
<ul class="figure-totals">
  {{#TOTAL}}<li><span class="figure-unit">{{UNIT}}:</span> <span class="big-number">{{COUNT}}</span> <span class="figure-trend">[[In]] {{PREVIOUS_PERIOD}}: {{PREVIOUS}}. [[Difference]]: {{CHANGE}}</span></li>
  {{/TOTAL}}
</ul>
<p><a href="{{PUBLISHED_URL}}">[[The published figures of this period]]</a></p>
<nav aria-labelledby="chart-list-heading" class="chart-list">
  <h2 id="chart-list-heading">[[Charts on this page]]</h2>
  <ul>
  {{#CHART_LINK}}<li><a href="#{{ID}}">{{TITLE}}</a></li>
  {{/CHART_LINK}}
  </ul>
</nav>
{{#CHART}}
<section class="figure-chart" id="{{ID}}" aria-labelledby="{{ID}}-heading">
  <h3 id="{{ID}}-heading">{{TITLE}}</h3>
  {{#EMPTY}}<p>[[Nothing to count in this period.]]</p>{{/EMPTY}}
  {{#BARS}}
  <div class="chart-and-table">
    <div class="chart">{{SVG:none}}</div>
    <div class="table-wrap" role="region" aria-labelledby="{{ID}}-caption" tabindex="0">
    <table class="figures">
      <caption id="{{ID}}-caption">{{TITLE}}, {{PERIOD}} [[compared with]] {{PREVIOUS_PERIOD}}</caption>
      <thead>
        <tr>
          <th scope="col">{{DIMENSION}}</th>
          <th scope="col" class="number">{{PERIOD}}</th>
          <th scope="col" class="number">{{PREVIOUS_PERIOD}}</th>
          <th scope="col" class="number">[[Difference]]</th>
          {{#RATE_HEAD}}<th scope="col" class="number">[[Per 100,000 inhabitants]]</th>{{/RATE_HEAD}}
        </tr>
      </thead>
      <tbody>
      {{#ROW}}<tr>
          <th scope="row">{{LABEL}}</th>
          <td class="number">{{COUNT}}</td>
          <td class="number">{{PREVIOUS}}</td>
          <td class="number">{{CHANGE}}</td>
          {{#RATE_CELL}}<td class="number">{{RATE}}</td>{{/RATE_CELL}}
        </tr>
      {{/ROW}}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{{TOTAL_LABEL}}</th>
          <td class="number">{{TOTAL}}</td>
          <td class="number">{{PREVIOUS_TOTAL}}</td>
          <td class="number">{{TOTAL_CHANGE}}</td>
          {{#RATE_FOOT}}<td></td>{{/RATE_FOOT}}
        </tr>
      </tfoot>
    </table>
    </div>
  </div>
  {{#OVERLAP}}<p class="hint">[[One signal or person can be in more than one row, so the rows can add up to more than the total.]]</p>{{/OVERLAP}}
  {{/BARS}}
</section>
{{/CHART}}
{{/FIGURES}}
