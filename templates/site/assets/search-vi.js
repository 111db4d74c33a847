/* Vietnamese search for the site's lunr index, folding diacritics so that "ke hoach" finds "kế hoạch".
 * Loaded by the theme's search worker in place of its Vietnamese language file (same path), it
 * defines lunr.vi: the index and every query term are lower-cased, trimmed, then folded
 * (NFD, combining marks removed, đ -> d). Words typed with diacritics still match, since both
 * sides are folded the same way. */
(function (root, factory) {
  if (typeof define === "function" && define.amd) { define(factory); }
  else if (typeof exports === "object") { module.exports = factory(); }
  else { factory()(root.lunr); }
})(this, function () {
  return function (lunr) {
    if (lunr === undefined) { throw new Error("lunr is not present"); }
    var marks = new RegExp("[\\u0300-\\u036f]", "g");
    var fold = function (text) {
      return String(text).normalize("NFD").replace(marks, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    };
    var foldToken = function (token) {
      return token.update(function (text) { return fold(text); });
    };
    lunr.Pipeline.registerFunction(foldToken, "fold-vi");
    lunr.vi = function () {
      this.pipeline.reset();
      this.pipeline.add(lunr.vi.trimmer, lunr.vi.stopWordFilter, foldToken);
      if (this.searchPipeline) {
        this.searchPipeline.reset();
        this.searchPipeline.add(foldToken);
      }
    };
    lunr.vi.fold = fold;
    lunr.vi.wordCharacters = "\\w\\u00C0-\\u1EF9";
    lunr.vi.trimmer = lunr.trimmerSupport.generateTrimmer(lunr.vi.wordCharacters);
    lunr.Pipeline.registerFunction(lunr.vi.trimmer, "trimmer-vi");
    lunr.vi.stopWordFilter = lunr.generateStopWordFilter(["là", "cái", "nhưng", "mà"]);
    lunr.Pipeline.registerFunction(lunr.vi.stopWordFilter, "stopWordFilter-vi");
    /* Query terms reach the index without the pipeline when they carry a wildcard: fold them here. */
    var clause = lunr.Query.prototype.clause;
    lunr.Query.prototype.clause = function (c) {
      if (c && typeof c.term === "string") { c.term = fold(c.term); }
      return clause.call(this, c);
    };
  };
});
