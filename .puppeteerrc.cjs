// pressroom uses a system Chromium (or PUPPETEER_EXECUTABLE_PATH); never download one during npm install.
module.exports = { skipDownload: true };
