{{%AUTOESCAPE context="HTML"}}
<h1>[[Published figures]]</h1>
<p class="lead">[[These are the tables we publish, for a period and for the region or one municipality. No number in them can point to a person.]]</p>
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
<h2 id="publication">{{PERIOD}}: {{AREA}}</h2>
<div class="notice" id="suppression-note">
  {{#SUPPRESSION}}<p>[[A dot (.) means that the number is not shown: it is from 1 to]] {{LARGEST_HIDDEN}}, [[or it would let someone work out such a small number from the totals.]] [[A 0 means none.]]</p>{{/SUPPRESSION}}
  {{#ROUNDING}}<p>[[Every number is rounded to a multiple of]] {{BASE}}. [[A number above 0 is never rounded to 0, so a 0 means none.]]</p>{{/ROUNDING}}
  <p>[[A signal can name more than one form of exploitation, so totals across forms are not shown (.).]]</p>
</div>
{{#NO_TABLES}}<p class="notice" role="status">[[There are no tables for this area.]]</p>{{/NO_TABLES}}
<ul class="downloads">
  <li><a href="{{WORKBOOK_URL}}" download>[[Download every table of this publication as XLSX]]</a></li>
  <li><a href="{{REPORT_URL}}" download>[[Download the report of this period as PDF (the region and each municipality)]]</a></li>
</ul>
{{#TABLE}}
<section class="published-table" id="{{ID}}" aria-labelledby="{{ID}}-heading">
  <h3 id="{{ID}}-heading">{{TITLE}}</h3>
  <div class="table-wrap" role="region" aria-labelledby="{{ID}}-caption" tabindex="0">
  <table class="figures">
    <caption id="{{ID}}-caption">{{TITLE}} ({{UNIT}}), {{PERIOD}}, {{AREA}}</caption>
    <thead>
      <tr>
        <th scope="col">{{CORNER}}</th>
        {{#COLUMN}}<th scope="col" class="number">{{LABEL}}</th>{{/COLUMN}}
        <th scope="col" class="number">{{TOTAL_LABEL}}</th>
      </tr>
    </thead>
    <tbody>
    {{#ROW}}<tr>
        <th scope="row">{{LABEL}}</th>
        {{#CELL}}<td class="number">{{#SHOWN}}{{COUNT}}{{/SHOWN}}{{#HIDDEN}}<span aria-hidden="true">.</span><span class="visually-hidden">[[not shown]]</span>{{/HIDDEN}}</td>{{/CELL}}
        {{#ROW_TOTAL}}<td class="number">{{#SHOWN}}{{COUNT}}{{/SHOWN}}{{#HIDDEN}}<span aria-hidden="true">.</span><span class="visually-hidden">[[not shown]]</span>{{/HIDDEN}}</td>{{/ROW_TOTAL}}
      </tr>
    {{/ROW}}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">{{TOTAL_LABEL}}</th>
        {{#COLUMN_TOTAL}}<td class="number">{{#SHOWN}}{{COUNT}}{{/SHOWN}}{{#HIDDEN}}<span aria-hidden="true">.</span><span class="visually-hidden">[[not shown]]</span>{{/HIDDEN}}</td>{{/COLUMN_TOTAL}}
        {{#GRAND_TOTAL}}<td class="number">{{#SHOWN}}{{COUNT}}{{/SHOWN}}{{#HIDDEN}}<span aria-hidden="true">.</span><span class="visually-hidden">[[not shown]]</span>{{/HIDDEN}}</td>{{/GRAND_TOTAL}}
      </tr>
    </tfoot>
  </table>
  </div>
  <ul class="downloads">
  {{#DOWNLOAD}}<li><a href="{{URL}}" download>{{LABEL}}<span class="visually-hidden">: {{TITLE}}</span></a></li>
  {{/DOWNLOAD}}
  </ul>
</section>
{{/TABLE}}
{{/FIGURES}}
